// A figures page as data: its intro, filter form, headline and panels, each
// panel with its chart (a LayerChart component and its props from chart.ts),
// table, summary and definitions. Every metric's page.ts builds one, and
// FiguresPage.svelte lays every one out the same way.
import type { Component } from 'svelte';
import type { Lang } from '#lib/i18n.ts';
import type { TableModel } from '#lib/table.ts';
import type { Definition, DroppedParam, FilterField, Headline, QualityNote, SourceAsOf } from '#lib/view.ts';

export interface ChartSpec {
  /** A LayerChart chart (its data generic cannot be inferred here) or a figure of the page's own. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each chart's props differ; chart.ts types them where they are built
  component: Component<any>;
  props: { data?: readonly unknown[] } & Record<string, unknown>;
  /** Said instead of the chart when it has no rows (absent: that no records match the filters). */
  empty?: string;
}

/** A chart: its component and props (from chart.ts's one shared configuration). */
export function chart(component: ChartSpec['component'], props: ChartSpec['props'], empty?: string): ChartSpec {
  return { component, props, ...(empty === undefined ? {} : { empty }) };
}

export interface PanelSpec {
  /** Stable id: anchors, test hooks and the CSV file name. */
  id: string;
  title: string;
  definitions: Definition[];
  table: TableModel;
  chartHeight: number;
  summary: string;
  legend?: Array<{ label: string; color: string }>;
  chart: ChartSpec;
}

export interface FiguresPageSpec {
  lang: Lang;
  title: string;
  intro: string;
  /** The filter form: the page's path and its controls (absent: no filters). */
  filters?: { action: string; fields: FilterField[]; others: Array<[string, string]> };
  /** Parameters of the URL the page could not read and left out of the figures: named in a notice. */
  dropped: DroppedParam[];
  headline: Headline[];
  sources: SourceAsOf[];
  stale: boolean;
  /** Records the figures leave out, under each panel (absent on the data-quality page itself). */
  note?: QualityNote;
  /** Show the tables unfolded (where the numbers are the point). */
  tableOpen?: boolean;
  panels: PanelSpec[];
}

/** What a figures page's server load hands over (see lib/server/figures/page.ts). */
export interface FiguresPageData<V> {
  lang: Lang;
  view: V;
  fields: FilterField[];
  others: Array<[string, string]>;
  dropped: DroppedParam[];
}
