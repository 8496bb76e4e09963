import { describe, expect, it } from 'vitest';
import { convertCell } from './file-cells.ts';
import {
  enterpriseFileRow,
  fileRowKey,
  FILE_HEADERS,
  headerOf,
  keyOfHeader,
  missingFileHeaders,
  projectFileRow,
  visitFileRow,
} from './file-rows.ts';
import { enterpriseJson, projectJson, USCC, visitJson } from './fixtures.ts';
import { issuesOf } from './issues.ts';
import { enterpriseRecord, projectRecord, visitRecord } from './records.ts';
import { DISTRICTS, OWNERSHIP } from './reference/codes.ts';

const enterpriseCsv = {
  职工人数: '340',
  统一社会信用代码: USCC,
  企业名称: '深圳市示例科技有限公司',
  企业类型: '在深央企及其子企业',
  所属集团: '中国示例集团',
  层级: '3',
  所在区: '南山区',
  产业集群: '新一代信息技术',
  党组织类型: '党支部',
  党员人数: '12',
  已注销: '否',
  更新时间: '2024-05-17T09:30:00+08:00',
  备注: 'ignored extra column',
};

describe('file rows', () => {
  it('map Chinese headers in any order and yield the same record as the JSON form', () => {
    expect(enterpriseFileRow.parse(enterpriseCsv)).toEqual(enterpriseRecord.parse(enterpriseJson));
    const visit = {
      走访编号: 'NS-2024-0001',
      统一社会信用代码: USCC,
      所在区: '南山区',
      走访日期: '2024/5/16',
      走访活动: '千人走访千企-2024',
      走访组: '第三组',
      收集诉求数: '2',
      收集项目计划数: 1,
      更新时间: '2024-05-17 09:30:00',
    };
    expect(visitFileRow.parse(visit)).toEqual(visitRecord.parse(visitJson));
    const project = {
      项目编号: 'DP-001',
      项目名称: '海洋装备合作项目',
      项目类别: '央地合作项目',
      所在区: '大鹏新区',
      所属领域: '海洋经济',
      项目阶段: '已落地',
      '投资额（万元）': '12,500.5',
      央企合作方: '中国示例集团',
      地方合作方: '',
      签约日期: '2024年3月1日',
      落地日期: '',
      来源活动: '央企国企深圳行·大鹏站',
      更新时间: '2024/05/17 09:30',
    };
    expect(projectFileRow.parse(project)).toEqual(projectRecord.parse(projectJson));
  });

  it('accept codes in place of Chinese names, and tolerant headers (BOM, spaces, ASCII parentheses)', () => {
    const r = projectFileRow.parse({
      '\uFEFF项目编号': 'P1',
      ' 项目名称 ': 'x',
      项目类别: 'key_project',
      所在区: 'futian',
      所属领域: 'finance',
      项目阶段: 'signed',
      '投资额(万元)': 0,
      更新时间: '2024-05-17T01:30:00Z',
    });
    expect(r).toMatchObject({ project_id: 'P1', kind: 'key_project', investment_wan: '0', district: 'futian' });
  });

  it('treat empty cells as null and report empty required cells as required', () => {
    const r = enterpriseFileRow.safeParse({ ...enterpriseCsv, 层级: '', 党组织类型: '  ', 党员人数: undefined, 企业名称: '', 已注销: '' });
    expect(issuesOf(r.error!).map((i) => `${i.path}: ${i.message}`)).toEqual(['name: required', 'deleted: required']);
    const ok = enterpriseFileRow.parse({ ...enterpriseCsv, 层级: '', 党组织类型: '  ', 党员人数: undefined });
    expect(ok).toMatchObject({ tier: null, party_org: null, party_members: null });
  });

  it('report unknown names with the cell value and key paths', () => {
    const r = enterpriseFileRow.safeParse({ ...enterpriseCsv, 所在区: '南山', 企业类型: '国企', 已注销: '不是' });
    expect(issuesOf(r.error!).map((i) => `${i.path}: ${i.message}`)).toEqual([
      'ownership: unknown ownership code "国企"',
      'district: unknown district code "南山"',
      'deleted: expected true or false',
    ]);
    expect(headerOf('enterprises', 'district')).toBe('所在区');
  });

  it('xlsx values: numbers, booleans, Date objects, Excel serials and exceljs cell objects', () => {
    const r = projectFileRow.parse({
      项目编号: 1001,
      项目名称: { richText: [{ text: '海洋' }, { text: '项目' }] },
      项目类别: { formula: 'A1', result: '重点项目' },
      所在区: '福田区',
      所属领域: '金融服务',
      项目阶段: '在建',
      '投资额（万元）': 12500.5,
      签约日期: 45429, // 2024-05-17
      落地日期: new Date(Date.UTC(2024, 4, 18)),
      更新时间: new Date(Date.UTC(2024, 4, 17, 9, 29, 59, 999)), // wall clock 09:30:00 (+08:00) after rounding
    });
    expect(r).toMatchObject({
      project_id: '1001',
      name: '海洋项目',
      kind: 'key_project',
      investment_wan: '12500.5',
      signed_on: '2024-05-17',
      landed_on: '2024-05-18',
      updated_at: '2024-05-17T01:30:00.000Z',
    });
    expect(
      visitFileRow.parse({
        ...Object.fromEntries(Object.entries(FILE_HEADERS.visits).map(([h]) => [h, 'x'])),
        统一社会信用代码: USCC,
        所在区: '南山区',
        走访日期: 45429.75,
        收集诉求数: 0,
        收集项目计划数: '1,000',
        更新时间: 45429.5,
      }),
    ).toMatchObject({
      visited_on: '2024-05-17',
      project_plans: 1000,
      updated_at: '2024-05-17T04:00:00.000Z',
    });
  });

  it('converts cells per kind', () => {
    expect(convertCell('date', '2024/5/7')).toBe('2024-05-07');
    expect(convertCell('date', '2024-5-7')).toBe('2024-05-07');
    expect(convertCell('date', '2024年12月31日')).toBe('2024-12-31');
    expect(convertCell('date', '2024/2/30')).toBe('2024/2/30'); // left for the schema to reject
    expect(convertCell('date', 60)).toBe(60); // Excel's fictitious 1900-02-29 zone
    expect(convertCell('date', new Date(Number.NaN))).toBeInstanceOf(Date);
    expect(convertCell('timestamp', '2024-05-17T09:30:00+08:00')).toBe('2024-05-17T09:30:00+08:00');
    expect(convertCell('timestamp', '2024-5-7 8:05')).toBe('2024-05-07T08:05:00+08:00');
    expect(convertCell('timestamp', '2024-05-17 09:30:00.250')).toBe('2024-05-17T09:30:00.250+08:00');
    expect(convertCell('decimal', '12,500.5')).toBe('12500.5');
    expect(convertCell('decimal', '1,2500.5')).toBe('1,2500.5'); // bad grouping is not guessed at
    expect(convertCell('int', '1,234')).toBe(1234);
    expect(convertCell('int', '12.0')).toBe(12);
    expect(convertCell('int', '12.5')).toBe('12.5');
    expect(convertCell('bool', '是')).toBe(true);
    expect(convertCell('bool', 'FALSE')).toBe(false);
    expect(convertCell('bool', true)).toBe(true);
    expect(convertCell({ list: OWNERSHIP }, ' 民营企业 ')).toBe('private');
    expect(convertCell({ list: DISTRICTS }, '')).toBeUndefined();
    expect(convertCell('text', '  a b  ')).toBe('a b');
    expect(convertCell('text', { text: 'link', hyperlink: 'http://x' })).toBe('link');
  });

  it('rejects invalid file timestamps and amounts through the shared rules', () => {
    const r = projectFileRow.safeParse({
      项目编号: 'P',
      项目名称: 'x',
      项目类别: '重点项目',
      所在区: '福田区',
      所属领域: '金融服务',
      项目阶段: '在建',
      '投资额（万元）': '12,500.12345',
      更新时间: '2024/13/01 09:00',
    });
    expect(issuesOf(r.error!).map((i) => i.path)).toEqual(['investment_wan', 'updated_at']);
  });

  it('maps headers both ways and keys rows for the operator', () => {
    expect(keyOfHeader('projects', '投资额(万元)')).toBe('investment_wan');
    expect(keyOfHeader('projects', 'investment_wan')).toBe('investment_wan');
    expect(keyOfHeader('projects', '备注')).toBeNull();
    expect(fileRowKey('visits', { 所在区: '南山区', 走访编号: 'V-9' })).toBe('nanshan/V-9');
    expect(fileRowKey('enterprises', { 统一社会信用代码: ' 123 ' })).toBe('123');
    expect(enterpriseFileRow.safeParse('not a row').success).toBe(false);
  });
});

describe('file-level helpers and xlsx precision', () => {
  it('lists missing columns by their Chinese header', () => {
    expect(missingFileHeaders('visits', Object.keys(FILE_HEADERS.visits))).toEqual([]);
    expect(missingFileHeaders('visits', ['走访编号', 'uscc', '所在区'])).toEqual([
      '走访日期',
      '走访活动',
      '走访组',
      '收集诉求数',
      '收集项目计划数',
      '更新时间',
    ]);
  });

  it('reads xlsx amounts at 15 significant digits and spaced ISO timestamps', () => {
    expect(convertCell('decimal', 0.1 + 0.2)).toBe('0.300000000000000');
    expect(
      projectFileRow.parse({
        项目编号: 'P',
        项目名称: 'x',
        项目类别: '重点项目',
        所在区: '福田区',
        所属领域: '金融服务',
        项目阶段: '在建',
        '投资额（万元）': 0.1 + 0.2,
        更新时间: '2024-05-17 09:30:00+08:00',
      }),
    ).toMatchObject({ investment_wan: '0.3', updated_at: '2024-05-17T01:30:00.000Z' });
    expect(convertCell('decimal', 1e21)).toBe('1.00000000000000e+21');
    expect(convertCell('decimal', 0.00001)).toBe('0.0000100000000000000');
  });
});
