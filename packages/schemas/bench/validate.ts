// Throughput of record validation on this machine (FACTS.md: zod 4 safeParse
// ~200–260 k records/s for ~15 fields). Run: node packages/schemas/bench/validate.ts
import type { z } from 'zod';
import { compiledSchema, enterpriseFileRow, enterpriseRecord, generateUscc, projectRecord, validateBatch } from '../src/index.ts';

const N = 200_000;
let seed = 1;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const enterprises = Array.from({ length: N }, (_, i) => ({
  uscc: generateUscc(rand),
  name: `深圳市示例科技有限公司${i}`,
  ownership: 'private',
  parent_group: null,
  tier: 1 + (i % 5),
  district: 'nanshan',
  cluster: '新一代信息技术',
  party_org: 'branch',
  party_members: i % 50,
  employees: i % 5000,
  deleted: false,
  updated_at: '2024-05-17T09:30:00+08:00',
}));
const projects = enterprises.map((_, i) => ({
  project_id: `P${i}`,
  name: '项目',
  kind: 'key_project',
  district: 'futian',
  sector: 'finance',
  stage: 'landed',
  investment_wan: i % 2 ? 12500.5 : '300.25',
  central_partner: null,
  local_partner: null,
  signed_on: '2024-03-01',
  landed_on: null,
  source_event: null,
  updated_at: '2024-05-17T09:30:00+08:00',
}));
const rows = enterprises.map((e) => ({
  统一社会信用代码: e.uscc,
  企业名称: e.name,
  企业类型: '民营企业',
  层级: String(e.tier),
  所在区: '南山区',
  党组织类型: '党支部',
  党员人数: '3',
  职工人数: '1,200',
  已注销: '否',
  更新时间: '2024-05-17 09:30:00',
}));

function time(label: string, schema: z.ZodType, data: unknown[]) {
  for (let i = 0; i < 20_000; i++) schema.safeParse(data[i]); // warm up
  const t0 = performance.now();
  let ok = 0;
  for (const d of data) if (schema.safeParse(d).success) ok++;
  const s = (performance.now() - t0) / 1000;
  console.log(`${label.padEnd(34)} ${Math.round(data.length / s / 1000)} k/s  (${ok}/${data.length} valid)`);
}

time('enterpriseRecord', enterpriseRecord, enterprises);
time('enterpriseRecord (compiled)', compiledSchema(enterpriseRecord), enterprises);
time('projectRecord (compiled)', compiledSchema(projectRecord), projects);
time('enterpriseFileRow', enterpriseFileRow, rows);
time('enterpriseFileRow (compiled)', compiledSchema(enterpriseFileRow), rows);
const items = enterprises.map((raw, index) => ({ raw, position: { index } }));
validateBatch(enterpriseRecord, items.slice(0, 20_000));
const t0 = performance.now();
validateBatch(enterpriseRecord, items);
console.log(`${'validateBatch(enterpriseRecord)'.padEnd(34)} ${Math.round(N / ((performance.now() - t0) / 1000) / 1000)} k/s`);
