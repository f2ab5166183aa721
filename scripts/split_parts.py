"""Which files each wasm part needs, read from the split loader (`neurite-web-split-*.js`,
written by wasm-split-cli and renamed by scripts/split-build): a part's own module first,
then the shared chunks the loader fetches with it. Used by scripts/split-build (the page's
preload of a lab opened by its link) and scripts/bundle-size (each part's size).
Standard library only."""

import re

CHUNK = re.compile(r'const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\./([^"]+)"')
PART = re.compile(
    r'export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\./([^"]+)".*?\n, \[([^\]]*)\]\)\)',
    re.S,
)


def parts_of(js):
    """{split point name: [own module, chunk, …]} of the loader's text `js`."""
    chunk_files = dict(CHUNK.findall(js))
    return {
        name: [own] + [chunk_files[d.strip()] for d in deps.split(",") if d.strip()]
        for name, own, deps in PART.findall(js)
    }
