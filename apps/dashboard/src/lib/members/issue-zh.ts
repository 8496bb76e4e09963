// A member's validation issue in Chinese, chosen by its code and parameters
// (FieldIssue.params of @liaison/schemas), never by its English message: the
// English is zod's or ours and may change with any upgrade, the code and
// parameters are data. Every code our schemas and the portal produce has a
// message here; an issue stored without parameters gets its code's general one.
import type { FieldIssue, IssueParam, IssueParams } from '@liaison/schemas';

const num = (v: IssueParam | undefined): number | null => (typeof v === 'number' ? v : null);
const str = (v: IssueParam | undefined): string | null => (typeof v === 'string' ? v : null);
const list = (v: IssueParam | undefined): string[] => (Array.isArray(v) ? v.map(String) : []);

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '“是”或“否”',
  array: '列表',
  object: '对象（键值对）',
  date: '日期',
  null: '空值',
};
const typeZh = (t: string) => TYPE_ZH[t] ?? '其他类型';

/** `params.expected` of our pattern checks (`matches` in @liaison/schemas fields). */
const PATTERN_ZH: Record<string, string> = {
  non_blank: '不能为空',
  phone: '应为电话号码',
  year: '应为年份，如 2024',
  period: '应为年度、半年或季度，如 2024、2024-H1、2024-Q3',
};

function decimalZh(p: IssueParams): string {
  switch (p['problem']) {
    case 'negative':
      return '不能小于 0';
    case 'not_finite':
    case 'not_decimal':
      return '应为数字';
    case 'too_many_decimals':
      return `最多 ${num(p['max_decimals']) ?? 4} 位小数`;
    case 'too_large':
      return `数值过大（整数部分最多 ${num(p['max_integer_digits']) ?? 14} 位）`;
    default:
      return '数值超出范围';
  }
}

function usccZh(p: IssueParams): string {
  switch (p['problem']) {
    case 'length':
      return `统一社会信用代码应为 18 位（现为 ${num(p['length']) ?? '?'} 位）`;
    case 'lower_case':
      return '统一社会信用代码中的字母须大写';
    case 'charset':
      return '统一社会信用代码含有不允许的字符（不含 I、O、Z、S、V）';
    case 'check_char':
      return `统一社会信用代码校验位应为 ${str(p['expected']) ?? '?'}（现为 ${str(p['got']) ?? '?'}）`;
    default:
      return '统一社会信用代码无效';
  }
}

function formatZh(p: IssueParams): string {
  switch (p['format']) {
    case 'regex':
      return PATTERN_ZH[str(p['expected']) ?? ''] ?? '格式不正确';
    case 'date':
      return '应为日期，格式为 YYYY-MM-DD';
    case 'datetime':
      return '应为带时区的时间，如 2024-05-17T09:30:00+08:00';
    case 'decimal':
      return decimalZh(p);
    case 'uscc':
      return usccZh(p);
    case 'idempotency_key':
      return 'Idempotency-Key 应为 1 至 255 个可见 ASCII 字符';
    default:
      return '格式不正确';
  }
}

function sizeZh(p: IssueParams, bound: 'minimum' | 'maximum'): string {
  const n = num(p[bound]);
  const inclusive = p['inclusive'] !== false;
  if (n === null) return bound === 'minimum' ? '过小或过短' : '过大或过长';
  const low = bound === 'minimum';
  switch (p['origin']) {
    case 'string':
      return low ? (n <= 1 ? '不能为空' : `至少 ${n} 个字符`) : `不能超过 ${n} 个字符`;
    case 'array':
    case 'set':
      return low ? `至少 ${n} 条` : `最多 ${n} 条`;
    default:
      if (low) return inclusive ? `不能小于 ${n}` : `应大于 ${n}`;
      return inclusive ? `不能大于 ${n}` : `应小于 ${n}`;
  }
}

const FILE_ZH: Record<string, (p: IssueParams) => string> = {
  none: () => '未选择文件',
  too_large: (p) => `文件超过 ${num(p['max_mb']) ?? '?'} MB`,
  not_xlsx: () => '不是 XLSX 工作簿',
  no_sheet: () => '工作簿中没有工作表',
};

/** xlsx-archive.ts: an upload that would unpack to too much. */
const UNPACK_ZH: Record<string, (p: IssueParams) => string> = {
  unpacked_size: (p) => `文件解压后超过 ${num(p['max_mb']) ?? '?'} MB`,
  compression_ratio: (p) => `文件中有部分压缩比异常（最多 ${num(p['max_ratio']) ?? '?'} 比 1），不像正常的工作簿`,
  entries: (p) => `文件包含的部分过多（最多 ${num(p['max_entries']) ?? '?'} 个）`,
};

/** By code: zod's codes, then the portal's own (check.ts, submit.ts, upload.ts, xlsx-read.ts, xlsx-archive.ts). */
const BY_CODE: Record<string, (p: IssueParams) => string> = {
  invalid_type: (p) => {
    const expected = str(p['expected']);
    return expected === null ? '类型不正确' : `应为${typeZh(expected)}`;
  },
  too_small: (p) => sizeZh(p, 'minimum'),
  too_big: (p) => sizeZh(p, 'maximum'),
  invalid_value: (p) => (str(p['received']) !== null ? `不是可选的值：“${str(p['received'])}”` : '不是可选的值'),
  invalid_format: formatZh,
  not_multiple_of: (p) => `应为 ${num(p['divisor']) ?? '?'} 的倍数`,
  unrecognized_keys: (p) => (list(p['keys']).length ? `无法识别的字段：${list(p['keys']).join('、')}` : '含有无法识别的字段'),
  invalid_union: (p) =>
    str(p['discriminator']) !== null
      ? `${str(p['discriminator'])} 应为以下之一：${list(p['options']).join('、')}`
      : list(p['expected']).length
        ? `应为${list(p['expected']).map(typeZh).join('或')}`
        : '格式不正确',
  invalid_key: () => '含有无效的键',
  invalid_element: () => '含有无效的元素',
  custom: () => '内容不符合要求',
  forbidden: (p) => `member_id “${str(p['member_id']) ?? ''}”不是此令牌所属的会员`,
  idempotency_key_reused: () => '此 Idempotency-Key 已用于另一个请求，请换用新的',
  invalid_file: (p) => FILE_ZH[str(p['problem']) ?? '']?.(p) ?? '文件无法读取',
  body_too_large: (p) => `提交的内容超过 ${num(p['max_mb']) ?? '?'} MB，请分几次提交`,
  file_too_large: (p) => UNPACK_ZH[str(p['problem']) ?? '']?.(p) ?? '文件解压后过大',
  missing_column: (p) => `缺少列“${str(p['column']) ?? ''}”`,
  too_many_rows: (p) => {
    const found = num(p['found']);
    return found === null ? `超过 ${num(p['max']) ?? '?'} 行` : `最多 ${num(p['max']) ?? '?'} 行（现有 ${found} 行）`;
  },
  empty: (p) => `没有数据：请从第 ${num(p['first_row']) ?? 2} 行开始填写`,
};

/** The issue in Chinese, or null for a code this table does not know. */
export function zhIssueMessage(issue: Pick<FieldIssue, 'code' | 'params'>): string | null {
  const p = issue.params ?? {};
  if (p['missing'] === true) return '必填';
  return BY_CODE[issue.code]?.(p) ?? null;
}
