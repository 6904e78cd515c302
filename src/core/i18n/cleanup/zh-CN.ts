/** Clean up numbers: its outcome and the notes it leaves, in Simplified Chinese. */
export const zhCNCleanup = {
  "action.cleanUp": "修正文本数字",
  "cleanup.title": "修正文本数字",
  "cleanup.converted":
    "以文本形式输入、现已转为数字的单元格：{count} 个。每个单元格的备注中保留了原始输入。",
  "cleanup.marked":
    "以 {currency} 以外货币格式显示的金额，现已转为带货币符号的文本，任何合计都不会再按 {currency} 计算：{count} 个。",
  "cleanup.nothing": "{sheet} 中的数字均已计入：无需修正。",
  "cleanup.left": "保持原样、需要您检查的单元格：{count} 个。",
  "cleanup.leftCell": "{cell}（{value}）：{problem}",
  "cleanup.more": "……另有 {count} 个。",
  "cleanup.noteText": "原为文本 {text}；「修正文本数字」于 {date} 将其转为数字。",
  "cleanup.noteCurrency":
    "原为以 {other} 格式显示的 {amount}；「修正文本数字」于 {date} 将其转为文本，因此不会按 {currency} 计算。",
} as const;
