const { timeline } = await import("/work/main/dist/core/timeline.js");
const { openArchive } = await import("/work/main/dist/index.js");
const ar = openArchive("/tmp/b5.db", { readonly: true });
for (let i = 0; i < 60; i++) timeline(ar, process.argv[2] ?? "chelsea");
