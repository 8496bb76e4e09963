// GET /ops/quarantine/export?source=id — the source's quarantine as a CSV
// download (UTF-8 with BOM), the same rows and redaction as the page and as
// `liaison quarantine --export` (operatorQuarantine, quarantineCsv). Console
// only: the auth handle refuses it without an operator session.
import { error } from '@sveltejs/kit';
import { operatorQuarantine, quarantineCsv } from '@liaison/warehouse';
import { clickhouse } from '#lib/server/clickhouse.ts';
import { csvDownloadHeaders } from '#lib/table.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
  if (!locals.operator) error(401, 'login required');
  const source = url.searchParams.get('source')?.trim();
  if (!source) error(400, 'source is required');
  const csv = quarantineCsv(await operatorQuarantine(clickhouse(), source));
  return new Response(csv, { headers: csvDownloadHeaders(`quarantine-${source}.csv`) });
};
