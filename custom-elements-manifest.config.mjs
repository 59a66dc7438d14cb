// @ts-check
// `npm run analyze`: custom-elements.json from the JSDoc tags of the element classes.
//
// The manifest describes the public API only (Storybook's controls, docs/api.md, IDE tooling read it):
// the `publicApiOnly` plugin drops private, protected and static members, `_`-prefixed members,
// members tagged `@internal` or `@ignore`, tasks and controllers (`new Task(…)`, `…Controller(…)`),
// and the attributes Lit's static `properties` gave to internal state (`_width: { state: true }`);
// it drops a default of `null`/`undefined` from attributes (no attribute set is not a documented value:
// the description says what happens then). The type and default an `@attr {type} [name=default]` tag of
// the class JSDoc gives win over what the Lit plugin read from `static properties` (the analyzer merges
// them the other way round for Lit properties), and a subclass inherits them for the attributes it
// inherits (`theme`, `timeout` of GovElement).

/** Names of class members whose own JSDoc says `@internal` or `@ignore`, per class name. */
const hidden = new Map();
/** `@attr {type} [name=default]` of each class's JSDoc: class name → attribute name → { type, default }. */
const documented = new Map();

function attrTags(ts, node) {
  const out = new Map();
  for (const tag of ts.getJSDocTags(node)) {
    const name = tag.tagName.getText();
    if (name !== 'attr' && name !== 'attribute') continue;
    const text = typeof tag.comment === 'string' ? tag.comment : (ts.getTextOfJSDocComment?.(tag.comment) ?? '');
    const m = /^\s*(?:\{([^}]*)\}\s*)?(?:\[([\w-]+)(?:=([^\]]*))?\]|([\w-]+))/.exec(text);
    if (!m) continue;
    out.set(m[2] ?? m[4], { type: m[1]?.trim() || undefined, default: m[3]?.trim() || undefined });
  }
  return out;
}

function publicApiOnly() {
  return {
    name: 'gov-rank: public API only',
    analyzePhase({ ts, node }) {
      if (node.kind !== ts.SyntaxKind.ClassDeclaration || !node.name) return;
      const names = new Set();
      for (const member of node.members ?? []) {
        const tags = ts.getJSDocTags(member).map((t) => t.tagName.getText());
        if (tags.includes('internal') || tags.includes('ignore')) names.add(member.name?.getText());
      }
      hidden.set(node.name.getText(), names);
      documented.set(node.name.getText(), attrTags(ts, node));
    },
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map();
      for (const mod of customElementsManifest.modules ?? [])
        for (const d of mod.declarations ?? []) if (d.kind === 'class') classes.set(d.name, d);
      /** The JSDoc of `name` for an attribute of class `decl`, else of its nearest documented superclass. */
      const doc = (decl, name) => {
        for (let d = decl, i = 0; d && i < 20; d = classes.get(d.superclass?.name), i++) {
          const tag = documented.get(d.name)?.get(name);
          if (tag) return tag;
        }
        return undefined;
      };
      for (const mod of customElementsManifest.modules ?? []) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          const internal = (m) =>
            m.privacy === 'private' ||
            m.privacy === 'protected' ||
            m.static ||
            m.name.startsWith('_') ||
            m.name.startsWith('#') ||
            hidden.get(decl.name)?.has(m.name) ||
            hidden.get(m.inheritedFrom?.name)?.has(m.name) ||
            /^new \w*(Task|Controller)\b/.test(m.default ?? '');
          const dropped = new Set((decl.members ?? []).filter(internal).map((m) => m.name));
          if (decl.members) decl.members = decl.members.filter((m) => !dropped.has(m.name));
          if (decl.attributes) {
            decl.attributes = decl.attributes.filter((a) => !a.name.startsWith('_') && !dropped.has(a.fieldName));
            for (const a of decl.attributes) {
              const tag = doc(decl, a.name);
              if (tag?.type) a.type = { text: tag.type };
              if (tag?.default) a.default = tag.default;
              if (a.default === 'null' || a.default === 'undefined') delete a.default;
            }
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts', 'src/base/gov-element.ts'],
  // The map's template and view-model modules (rank-map-legend.ts, rank-map-view.ts, …) are internal parts
  // of <gov-rank-map>, as its styles are, not API.
  exclude: ['**/*.styles.ts', '**/*.test.ts', 'src/elements/rank-map/rank-map-*.ts'],
  litelement: true,
  outdir: '.',
  plugins: [publicApiOnly()],
};
