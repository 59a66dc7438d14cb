/**
 * The error box's explanations in Chinese: loaded by i18n.ts's loadErrorText() with a page's
 * first error box, so a page without errors never loads them. It imports nothing of ours at run
 * time: an on-demand chunk sharing code with the entry would split the entry in two chunks,
 * gzipped apart (docs/performance.md); so the timeout comes in as its span.
 */
import type { DataOrigin, GovRankError, timeoutSpan } from '../data/errors.js';

const ORIGIN_ZH: Record<DataOrigin, string> = {
  inline: '内嵌的 JSON 数据',
  property: 'data 属性中的数据',
  bundled: '内置数据',
};

/** What went wrong, in Chinese, for the element's own box (the error's own message is English). */
export function errorTextZh(e: GovRankError, span: ReturnType<typeof timeoutSpan>): string {
  const where = e.url ? `${e.url} ` : e.origin ? ORIGIN_ZH[e.origin] : '数据';
  switch (e.kind) {
    case 'network':
      if (e.reason === 'invalid-url') return `“${e.url ?? ''}”不是有效的地址`;
      if (e.reason === 'cut-off') return `${where}在加载途中中断`;
      return `${where}无法加载（网络中断、被拦截，或服务器不允许跨域访问）`;
    case 'timeout':
      return `${where}在 ${span.value} ${span.unit === 'ms' ? '毫秒' : '秒'}内没有响应`;
    case 'http': {
      const attr = e.reason === 'geometry' ? 'geometry' : 'src';
      const hint = e.status === 404 ? `，请检查 ${attr} 地址` : (e.status ?? 0) >= 500 ? '，服务器出错，请稍后再试' : '';
      return `${where}返回 HTTP ${e.status ?? ''}${hint}`;
    }
    case 'not-json':
      if (e.reason === 'empty') return `${where}是空的`;
      return e.reason === 'html' ? `${where}是一个 HTML 网页而不是 JSON（常见于登录页或错误页）` : `${where}不是有效的 JSON`;
    case 'schema': {
      const first = e.issues
        .slice(0, 3)
        .map((i) => i.message)
        .join('\n');
      const more = e.issues.length > 3 ? `\n……另有 ${e.issues.length - 3} 处` : '';
      return `${where}不是 gov-rank 结果文件（格式 v1）：\n${first}${more}`;
    }
    case 'render':
      return `显示时出错：${e.message}`;
    default:
      return e.message;
  }
}
