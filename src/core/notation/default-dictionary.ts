/**
 * The bundled notation dictionary (prh YAML), kept as a string so the add-in needs no file access.
 * Conservative on purpose: every rule names a slip, not a matter of taste, and each carries specs
 * that show where it fires and where it must not. A city can replace it in its settings.
 */
export const DEFAULT_NOTATION_YAML = `version: 1
rules:
  # デジタル田園都市国家構想交付金 is "デジ田"; "レジ田" is a typing slip (デ → レ).
  - expected: デジ田
    pattern: レジ田
    prh: 「デジ田」（デジタル田園都市国家構想交付金）の誤りと思われます
    specs:
      - from: レジ田交付金その他類する交付金事業
        to: デジ田交付金その他類する交付金事業

  # An inquiry to other sections is 照会; 紹介 (introduction) is the IME's first choice. Only where an
  # inquiry is meant: 意向の紹介, 各課紹介, 回答の紹介… — 事業者の紹介 or 事例を紹介 are left alone.
  - expected: $1$2照会
    pattern: /(意向|各課|全課|全庁|回答|文書分類)(の|への)?紹介/
    prh: 問い合わせの意味では「照会」です
    specs:
      - from: 現在全課に対し利用意向の紹介を実施中
        to: 現在全課に対し利用意向の照会を実施中
      - from: 各課紹介を11月に実施
        to: 各課照会を11月に実施
      - from: 文書分類紹介に先立ち
        to: 文書分類照会に先立ち
      - from: 先進事例を紹介する
        to: 先進事例を紹介する
      - from: 決定事業者の紹介
        to: 決定事業者の紹介

  - expected: シミュレーション
    pattern: シュミレーション
    specs:
      - from: 費用のシュミレーション
        to: 費用のシミュレーション

  - expected: コミュニケーション
    patterns:
      - コミニュケーション
      - コミニケーション
    specs:
      - from: コミニュケーションツール
        to: コミュニケーションツール

  - expected: アプリケーション
    pattern: アプリケーシュン
    specs:
      - from: アプリケーシュン
        to: アプリケーション

  - expected: マイナンバーカード
    patterns:
      - マイナンバカード
      - マイナンバーカ―ド
    specs:
      - from: マイナンバカードの交付
        to: マイナンバーカードの交付

  - expected: インターネット
    pattern: インタ―ネット
    prh: 長音符には「ー」を使います
    specs:
      - from: インタ―ネット
        to: インターネット

  # 公用文作成の考え方（令和4年）: auxiliary verbs and conjunctions in kana.
  - expected: でき$1
    pattern: /出来(る|ない|ます|ません|ず|れば)/
    prh: 公用文では「できる」と仮名で書きます
    specs:
      - from: 予約が出来る
        to: 予約ができる
      - from: 出来高
        to: 出来高
  - expected: ください
    pattern: 下さい
    prh: 公用文では補助動詞は仮名で書きます
    specs:
      - from: ご確認下さい
        to: ご確認ください
  - expected: いたしま$1
    pattern: /致しま(す|した|せん)/
    prh: 公用文では補助動詞は仮名で書きます
    specs:
      - from: 実施致します
        to: 実施いたします
  - expected: ただし
    pattern: /但し(?!書)/
    prh: 公用文では接続詞は仮名で書きます
    specs:
      - from: 但し、職員が対応
        to: ただし、職員が対応
  - expected: なお、
    pattern: /(?<![\\p{sc=Han}])尚、/u
    prh: 公用文では接続詞は仮名で書きます
    specs:
      - from: 尚、詳細は別紙
        to: なお、詳細は別紙
      - from: 高尚、
        to: 高尚、
`;
