/** Captured text that MDX would read as code, markup or Markdown if it were not escaped. */
export const HOSTILE = [
  'import fs from "node:fs"',
  'export const x = 1',
  '{process.exit(1)}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '**不是粗体** _也不是_ `代码` ~~删除~~',
  '[链接](https://example.com) ![图](x.png)',
  '&amp; &#123; \\{ 反斜杠\\',
  '# 不是标题 | 不是 | 表格 |',
  '1. 不是列表 - 也不是',
];
