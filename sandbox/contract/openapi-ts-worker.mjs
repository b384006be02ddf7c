// Runs openapi-typescript (an ES module with ES-module-only dependencies) in its own Node process,
// so generate-types.ts works the same under tsx and under jest's CommonJS runtime.
// Reads the contract (YAML) on stdin, writes the generated TypeScript on stdout.
import openapiTS, { astToString } from 'openapi-typescript'

const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const ast = await openapiTS(Buffer.concat(chunks).toString('utf8'), { silent: true })
process.stdout.write(astToString(ast))
