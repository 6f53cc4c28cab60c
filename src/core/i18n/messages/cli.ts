import type { Message } from '../index';

/** Messages of the `dx-status` command-line tool (src/cli). */
export const cliMessages: Readonly<Record<string, Message>> = {
  'cli.usage': {
    ja: [
      '使い方: dx-status check ファイル [オプション]',
      '',
      'DX推進状況シート (.xlsx / .csv / .tsv) を点検し、事業費の合計と問題点を表示します。',
      '',
      'オプション:',
      '  --sheet 名前            点検するシート (既定: 事業表のある最初のシート)',
      '  --as-of YYYY-MM-DD      予定の遅れを判定する基準日 (既定: 今日)',
      '  --fiscal-year 2024|R6   年度 (既定: シートから推定)',
      '  --json                  結果を JSON (1 オブジェクト) で標準出力へ',
      '  --summary 出力.xlsx     集計シートを加えたブックを書き出す (元のシートは変更しません)',
      '  --lang ja|en            表示言語 (既定: ja)',
      '  --dictionary 辞書.yml   表記ゆれ辞書 (prh 形式の YAML)',
      '  --help, --version',
      '',
      '終了コード: 0 エラーなし / 1 エラーあり / 2 読めないファイル・引数の誤り',
    ].join('\n'),
    en: [
      'Usage: dx-status check FILE [options]',
      '',
      'Checks a DX project-status sheet (.xlsx / .csv / .tsv) and prints its totals and issues.',
      '',
      'Options:',
      '  --sheet NAME            sheet to check (default: the first sheet holding a project table)',
      '  --as-of YYYY-MM-DD      date the schedule is judged against (default: today)',
      '  --fiscal-year 2024|R6   fiscal year (default: inferred from the sheet)',
      '  --json                  print the report as one JSON object on stdout',
      '  --summary OUT.xlsx      write a copy of the workbook with a summary sheet added',
      '  --lang ja|en            output language (default: ja)',
      '  --dictionary FILE.yml   notation dictionary (prh YAML format)',
      '  --help, --version',
      '',
      'Exit codes: 0 no errors / 1 errors found / 2 unreadable file or wrong arguments',
    ].join('\n'),
  },
  'cli.error.prefix': { ja: 'エラー', en: 'Error' },
  'cli.warning.prefix': { ja: '注意', en: 'Warning' },
  'cli.error.noCommand': {
    ja: 'コマンドがありません。dx-status check ファイル のように指定してください (--help で使い方)。',
    en: 'No command given. Use: dx-status check FILE (see --help).',
  },
  'cli.error.unknownCommand': {
    ja: '不明なコマンド「{command}」です。使えるのは check だけです。',
    en: 'Unknown command "{command}". The only command is check.',
  },
  'cli.error.noFile': {
    ja: '点検するファイルを指定してください: dx-status check ファイル',
    en: 'Give the file to check: dx-status check FILE',
  },
  'cli.error.extraArgument': {
    ja: '余分な引数「{arg}」があります。ファイルは1つだけ指定できます。',
    en: 'Unexpected argument "{arg}". Only one file can be checked at a time.',
  },
  'cli.error.unknownOption': {
    ja: '不明なオプション「{option}」です (--help で使い方)。',
    en: 'Unknown option "{option}" (see --help).',
  },
  'cli.error.missingValue': {
    ja: 'オプション {option} に値がありません。',
    en: 'Option {option} needs a value.',
  },
  'cli.error.duplicateOption': {
    ja: 'オプション {option} が2回指定されています。',
    en: 'Option {option} is given twice.',
  },
  'cli.error.badDate': {
    ja: '--as-of の日付「{value}」が正しくありません。YYYY-MM-DD (例: 2024-11-08) で指定してください。',
    en: '--as-of: "{value}" is not a valid date. Use YYYY-MM-DD (e.g. 2024-11-08).',
  },
  'cli.error.badFiscalYear': {
    ja: '--fiscal-year の値「{value}」が正しくありません。2024 や R6 (令和6年度) のように指定してください。',
    en: '--fiscal-year: "{value}" is not valid. Use e.g. 2024 or R6 (Reiwa 6).',
  },
  'cli.error.badLang': {
    ja: '--lang の値「{value}」は使えません。ja か en を指定してください。',
    en: '--lang: "{value}" is not supported. Use ja or en.',
  },
  'cli.error.fileNotFound': {
    ja: 'ファイル「{file}」が見つかりません。',
    en: 'File "{file}" not found.',
  },
  'cli.error.fileUnreadable': {
    ja: 'ファイル「{file}」を読めません ({detail})。',
    en: 'Cannot read file "{file}" ({detail}).',
  },
  'cli.error.notAFile': {
    ja: '「{file}」はファイルではありません。',
    en: '"{file}" is not a file.',
  },
  'cli.error.unsupportedType': {
    ja: '「{file}」は対応していない形式です。.xlsx、.csv、.tsv、.txt のファイルを指定してください。',
    en: '"{file}" is not a supported file type. Use an .xlsx, .csv, .tsv or .txt file.',
  },
  'cli.error.notXlsx': {
    ja: '「{file}」は Excel ブック (.xlsx) として読めません。ファイルが壊れているか、別の形式の可能性があります。',
    en: '"{file}" cannot be read as an Excel workbook (.xlsx). It may be damaged or of another type.',
  },
  'cli.error.legacyOrEncrypted': {
    ja: '「{file}」は古い形式 (.xls) かパスワード付きのブックです。Excel で .xlsx 形式 (パスワードなし) で保存し直してください。',
    en: '"{file}" is an old-format (.xls) or password-protected workbook. Save it from Excel as .xlsx without a password.',
  },
  'cli.error.xlsxLoad': {
    ja: '「{file}」を Excel ブックとして読み込めませんでした ({detail})。',
    en: 'Could not load "{file}" as an Excel workbook ({detail}).',
  },
  'cli.error.xlsxTooLarge': {
    ja: '「{file}」は展開すると {limit} MB を超えるため読み込みません。壊れたファイルか、圧縮爆弾 (展開すると巨大になるファイル) の可能性があります。',
    en: '"{file}" unpacks to more than {limit} MB, so it is not read. It may be damaged or a zip bomb (a file that unpacks to a huge size).',
  },
  'cli.error.noSheets': {
    ja: '「{file}」にワークシートがありません。',
    en: '"{file}" holds no worksheet.',
  },
  'cli.error.unknownSheet': {
    ja: 'シート「{sheet}」はありません。あるシート: {sheets}',
    en: 'There is no sheet "{sheet}". Sheets in the workbook: {sheets}',
  },
  'cli.error.csvUnterminatedQuote': {
    ja: 'CSV の {line} 行目で始まる引用符 (") が閉じられていません。',
    en: 'The quote (") opened on line {line} of the CSV is never closed.',
  },
  'cli.error.csvEmpty': {
    ja: 'ファイル「{file}」は空です。',
    en: 'File "{file}" is empty.',
  },
  'cli.error.dictionaryUnreadable': {
    ja: '辞書ファイル「{file}」を読めません ({detail})。',
    en: 'Cannot read the dictionary file "{file}" ({detail}).',
  },
  'cli.error.summaryExtension': {
    ja: '--summary の出力先は .xlsx ファイルにしてください (指定: {file})。',
    en: '--summary must name an .xlsx file (given: {file}).',
  },
  'cli.error.summarySameAsInput': {
    ja: '--summary の出力先が入力ファイルと同じです。元のファイルは上書きしません。別の名前を指定してください。',
    en: '--summary names the input file itself. The input is never overwritten; choose another name.',
  },
  'cli.error.summaryWrite': {
    ja: '集計ブック「{file}」を書き出せませんでした ({detail})。',
    en: 'Could not write the summary workbook "{file}" ({detail}).',
  },
  'cli.error.internal': {
    ja: '内部エラーが発生しました ({detail})。ファイルの内容を確認し、問題が続く場合は開発者に連絡してください。',
    en: 'Internal error ({detail}). Check the file; if the problem persists, contact the developers.',
  },
  'cli.warning.undecodable': {
    ja: '「{file}」を {encoding} として読みましたが、{count} 文字を解釈できませんでした (最初は {line} 行目、「�」と表示します)。文字コードを確認してください。',
    en: 'Read "{file}" as {encoding}, but {count} characters could not be decoded (first on line {line}, shown as "�"). Check the file\'s encoding.',
  },
  'cli.warning.lossyCopy': {
    ja: '「{file}」には、このツールではそのまま複写できない要素 ({parts}) があります。元のブックを損なわないよう、集計シートだけのブックとして書き出します。',
    en: '"{file}" holds parts this tool cannot copy faithfully ({parts}). To keep the original intact, the summary is written as a workbook of its own.',
  },
  'cli.summary.written': {
    ja: '集計ブックを書き出しました: {file} (シート「{sheet}」)',
    en: 'Summary workbook written: {file} (sheet "{sheet}")',
  },
  'cli.summary.none': { ja: '(なし)', en: '(none)' },
  'cli.out.title': { ja: 'DX推進状況チェック', en: 'DX status check' },
  'cli.out.file': { ja: 'ファイル', en: 'File' },
  'cli.out.sheet': { ja: 'シート', en: 'Sheet' },
  'cli.out.asOf': { ja: '基準日', en: 'As of' },
  'cli.out.fiscalYear': { ja: '年度', en: 'Fiscal year' },
  'cli.out.fiscalYearValue': { ja: '{year}年度 (令和{reiwa}年度)', en: 'FY{year} (Reiwa {reiwa})' },
  'cli.out.fiscalYearPlain': { ja: '{year}年度', en: 'FY{year}' },
  'cli.out.unknown': { ja: '不明', en: 'unknown' },
  'cli.out.projects': { ja: '事業数', en: 'Projects' },
  'cli.out.totals': { ja: '合計', en: 'Totals' },
  'cli.out.totalCost': { ja: '総事業費', en: 'Total cost' },
  'cli.out.eligibleCost': { ja: '交付金対象経費', en: 'Subsidy-eligible cost' },
  'cli.out.estimatedGrant': { ja: '交付見込額', en: 'Estimated grant' },
  'cli.out.bySection': { ja: '区分別', en: 'By section' },
  'cli.out.byDepartment': { ja: '担当課別', en: 'By department' },
  'cli.out.bySubsidy': { ja: '交付金別', en: 'By subsidy program' },
  'cli.out.byBasis': { ja: '金額の根拠別', en: 'By basis of the figure' },
  'cli.out.basis.contract': { ja: '契約額', en: 'Contract' },
  'cli.out.basis.budget': { ja: '予算額・見込額', en: 'Budget / estimate' },
  'cli.out.basis.unknown': { ja: '不明', en: 'Unknown' },
  'cli.out.projectCount': { ja: '{count}事業', en: '{count} projects' },
  'cli.out.grant': { ja: '交付見込 {amount}', en: 'grant {amount}' },
  'cli.out.yen': { ja: '{amount}円', en: '¥{amount}' },
  'cli.out.issues': {
    ja: '問題点 (エラー {error} / 警告 {warning} / 情報 {info})',
    en: 'Issues ({error} errors / {warning} warnings / {info} notes)',
  },
  'cli.out.severity.error': { ja: 'エラー', en: 'Errors' },
  'cli.out.severity.warning': { ja: '警告', en: 'Warnings' },
  'cli.out.severity.info': { ja: '情報', en: 'Notes' },
  'cli.out.sheetWide': { ja: '(シート)', en: '(sheet)' },
  'cli.out.overdue': { ja: '期限を過ぎた予定 ({count}件)', en: 'Overdue milestones ({count})' },
  'cli.out.overdueDue': { ja: '期限 {due}', en: 'due {due}' },
  'cli.out.noIssues': { ja: '問題は見つかりませんでした。', en: 'No issues found.' },
  'cli.out.resultOk': { ja: '結果: エラーはありません。', en: 'Result: no errors.' },
  'cli.out.resultErrors': {
    ja: '結果: エラーが {count} 件あります。',
    en: 'Result: {count} errors found.',
  },
};
