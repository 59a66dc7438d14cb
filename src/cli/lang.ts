/** The validator's two languages, and which one a shell asks for. */
export type Lang = 'zh-CN' | 'en';

/** `--lang` as typed (zh, zh-CN, zh_CN, en, en-GB…); undefined when it is neither language. */
export function parseLang(value: string): Lang | undefined {
  return /^zh(?:$|[-_])/i.test(value) ? 'zh-CN' : /^en(?:$|[-_])/i.test(value) ? 'en' : undefined;
}

/**
 * The language of the environment, as POSIX ranks it: LC_ALL, then LC_MESSAGES, then LANG (the
 * first one set and not empty). zh… → Chinese; anything else, or nothing, → English.
 */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v) ?? '';
  return /^zh/i.test(locale) ? 'zh-CN' : 'en';
}
