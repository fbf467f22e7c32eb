const b = await import("/work/main/dist/core/parse/boilerplate.js");
for (const l of ["EPS file photo", "Example Police file photo", "File photo", "Jane Roe/Example News", "Photo: Jane Roe"]) console.log(l, b.isCredit(l), b.isBoilerplate(l), b.creditLine(l));
