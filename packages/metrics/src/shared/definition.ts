// A published definition: what a figure means, in Chinese and English. The
// same text is served by /api/v1/definitions and shown beside each chart.
export interface Definition {
  zh: string;
  en: string;
}
