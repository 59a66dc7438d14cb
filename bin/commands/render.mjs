// @ts-check
// `gov-rank render <element> [--<attribute> value …] [--src file] [--width px] [--scale n] [--font family] --out file.svg|png|html`:
// the element's picture without a browser. SVG: the composer's output (src/picture); PNG: that SVG
// through @resvg/resvg-js (optional dependency) with the system's fonts; HTML: gov-rank/ssr.
// Exit 0: written; 1: the data has nothing for the element, or is invalid; 2: usage error or a file
// that cannot be read or written. Nothing is written on failure (a temp file, then a rename).
import { readFileSync, writeFileSync, renameSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { basename, dirname, extname, join } from 'node:path';
import { langFromEnv, parseLang } from '../lib/cli.mjs';
import {
  RENDER_ELEMENTS,
  COMMON_FLAGS,
  RenderError,
  renderAttributes,
  renderEntry,
  renderFailure,
  renderMessages,
  nearestFlag,
  renderModel,
  renderSvg,
} from '../lib/render.mjs';

const USAGE = {
  en: `usage: gov-rank render <element> [--<attribute> value …] [--src results.json] [--width px] [--scale n] [--font family] --out file.svg|png|html

  element    ${Object.keys(RENDER_ELEMENTS).join(', ')}
  --<attr>   the element's attributes, e.g. --year 2020 --color-by score --region 广东 --lang en --theme dark
  --src      a results file (format v1); default: the bundled published results
  --width    picture width in px
  --scale    PNG pixels per px (default 2)
  --font     PNG: font family for the text (default: a CJK family found on the system)
  --lang     language of the picture and of these messages (default: from LC_ALL, LC_MESSAGES or LANG)

exit status: 0 written · 1 the data has nothing for the element, or is invalid · 2 usage error, or a file cannot be read or written`,
  'zh-CN': `用法：gov-rank render <元素> [--<属性> 值 …] [--src results.json] [--width 像素] [--scale 倍数] [--font 字体] --out 文件.svg|png|html

  元素       ${Object.keys(RENDER_ELEMENTS).join('、')}
  --<属性>   元素的属性，如 --year 2020 --color-by score --region 广东 --lang en --theme dark
  --src      结果文件（格式 v1）；默认使用内置的已发布结果
  --width    图片宽度（像素）
  --scale    PNG 的像素倍数（默认 2）
  --font     PNG 文字所用字体（默认取系统中的中文字体）
  --lang     图片与提示的语言（默认取 LC_ALL、LC_MESSAGES 或 LANG）

退出码：0 已写入 · 1 数据中没有该元素可显示的内容或数据无效 · 2 用法错误或文件无法读写`,
};

/** The flags after the element: `--name value`, `--name=value`, or a boolean `--name`. */
function parseFlags(args, booleans) {
  /** @type {Record<string, string | boolean>} */
  const flags = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const m = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/s.exec(a);
    if (!m) return { error: a };
    if (m[2] !== undefined) flags[m[1]] = m[2];
    else if (booleans.includes(m[1]) || m[1] === 'help') flags[m[1]] = true;
    else if (i + 1 < args.length && !/^--[a-z]/.test(args[i + 1])) flags[m[1]] = args[++i];
    else flags[m[1]] = true;
  }
  return { flags };
}

/** A CJK font family fontconfig knows, for the PNG's text; undefined without fontconfig. */
function systemCjkFamily() {
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  const families = (r.stdout ?? '')
    .split('\n')
    .flatMap((l) => l.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  return families.find((f) => /Sans CJK SC|Source Han Sans SC|WenQuanYi|PingFang|YaHei/i.test(f)) ?? families[0];
}

/** Writes `data` to a temp file beside `out`, then renames it: never a half-written file. */
function writeWhole(out, data) {
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, out);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Runs the command; returns the exit status. */
export async function run(args, { name = 'gov-rank render', env = process.env, stdout = console.log, stderr = console.error } = {}) {
  const envLang = langFromEnv(env);
  const [element, ...rest] = args;
  const entry = element ? renderEntry(element) : undefined;
  const parsed = parseFlags(rest, entry?.booleans ?? []);
  const flags = parsed.flags ?? {};
  const lang = typeof flags.lang === 'string' ? (parseLang(flags.lang) ?? envLang) : envLang;
  const m = renderMessages(lang);
  const usage = USAGE[lang].replace('gov-rank render', name);
  if (element === '--help' || element === '-h' || flags.help) return (stdout(usage), 0);
  if (!element) return (stderr(usage), 2);
  const fail = (msg, status = 2) => (stderr(`${name}: ${msg}`), status);
  if (!entry) return fail(m.unknownElement(element, Object.keys(RENDER_ELEMENTS).join(', ')));
  const known = [...entry.flags, ...(entry.booleans ?? []), ...COMMON_FLAGS];
  const unknown = (/** @type {string} */ flag) =>
    fail(m.unknownFlag(flag, element, known.map((f) => `--${f}`).join(' '), nearestFlag(flag, known)));
  if (parsed.error !== undefined) return unknown(parsed.error);
  for (const [flag, value] of Object.entries(flags)) {
    if (!known.includes(flag)) return unknown(flag);
    if (value === true && !(entry.booleans ?? []).includes(flag)) return fail(m.missingValue(flag));
  }
  for (const flag of ['width', 'scale']) {
    const v = flags[flag];
    if (v !== undefined && !(Number(v) > 0)) return fail(m.badNumber(flag, String(v)));
  }
  const out = typeof flags.out === 'string' ? flags.out : undefined;
  if (!out) return fail(m.noOut);
  const format = extname(out).slice(1).toLowerCase();
  if (!['svg', 'png', 'html'].includes(format)) return fail(m.badOut(out));

  /** @param {string | Uint8Array} data @param {string} done */
  const write = (data, done) => {
    try {
      writeWhole(out, data);
    } catch (e) {
      return fail(m.cannotWrite(out, e.code ?? e.message));
    }
    stdout(done);
    return 0;
  };
  try {
    let text;
    const src = typeof flags.src === 'string' ? flags.src : undefined;
    if (src) {
      try {
        text = readFileSync(src, 'utf8');
      } catch (e) {
        return fail(m.unreadable(src, e.code ?? e.message));
      }
    }
    const model = await renderModel(text, src, lang);
    const scheme = flags.theme === 'dark' ? 'dark' : 'light';
    const width = flags.width ? Number(flags.width) : undefined;
    // Drawn for every format: the HTML is held to the same checks (unknown region, missing year…).
    const svg = renderSvg(element, model, flags, { lang, scheme, width });
    if (format === 'html') {
      let ssr;
      try {
        // A variable specifier: the built file may be absent, and the type check should not read it.
        const entry = '../../dist/ssr/index.js';
        ssr = /** @type {typeof import('../../src/ssr/index.js')} */ (await import(entry));
      } catch {
        return fail(m.noSsr);
      }
      // The file's own JSON is embedded for the client to hydrate from; without --src the client loads the bundled results.
      const data = text === undefined ? undefined : JSON.parse(text);
      let html;
      try {
        html = await ssr.renderElement(element, renderAttributes(element, flags), { data, width });
      } catch (e) {
        throw renderFailure(e, lang);
      }
      return write(html, m.wroteHtml(out));
    }
    const size = /width="(\d+)" height="(\d+)"/.exec(svg);
    /** @type {string | Uint8Array} */
    let data = svg;
    let [w, h] = [Number(size?.[1]), Number(size?.[2])];
    if (format === 'png') {
      let Resvg;
      try {
        ({ Resvg } = await import('@resvg/resvg-js'));
      } catch {
        return fail(m.noResvg);
      }
      const font = typeof flags.font === 'string' ? flags.font : systemCjkFamily();
      // The named family first: the picture's own list names the usual CJK families after it.
      const source = font ? svg.replace('font-family="', `font-family="'${font.replace(/["'&<>]/g, '')}', `) : svg;
      const scale = flags.scale ? Number(flags.scale) : 2;
      const fontOpts = { loadSystemFonts: true, ...(font ? { defaultFontFamily: font, sansSerifFamily: font } : {}) };
      const png = new Resvg(source, { fitTo: { mode: 'zoom', value: scale }, font: fontOpts }).render();
      [w, h] = [png.width, png.height];
      data = png.asPng();
    }
    return write(data, m.wrote(out, w, h));
  } catch (e) {
    if (e instanceof RenderError) return fail(e.message, e.status);
    throw e;
  }
}
