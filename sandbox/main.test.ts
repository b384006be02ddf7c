import { CLI_DEFAULTS, parseCliArgs, startFromCli } from './main'
import { tempDbPath } from './testing/harness'

describe('parseCliArgs', () => {
  it('defaults', () => {
    expect(parseCliArgs([], {})).toEqual(CLI_DEFAULTS)
    expect(CLI_DEFAULTS).toMatchObject({ port: 8787, dbPath: 'sandbox/.data/sandbox.db', mode: 'demo', staticDir: 'dist/h5', reset: false })
  })

  it('reads PORT, SANDBOX_DB and SANDBOX_MODE, and flags win', () => {
    const env = { PORT: '9000', SANDBOX_DB: '/tmp/a.db', SANDBOX_MODE: 'test' }
    expect(parseCliArgs([], env)).toMatchObject({ port: 9000, dbPath: '/tmp/a.db', mode: 'test' })
    expect(parseCliArgs(['--port', '8799', '--db', '/tmp/b.db', '--mode', 'demo', '--static', 'x', '--reset'], env)).toEqual({
      port: 8799,
      dbPath: '/tmp/b.db',
      mode: 'demo',
      staticDir: 'x',
      reset: true,
    })
  })

  it.each([
    [['--mode', 'live'], /--mode must be demo or test/],
    [['--port', 'abc'], /--port must be/],
    [['--port'], /--port needs a value/],
    [['--verbose'], /unknown option --verbose/],
  ])('explains %j', (argv, message) => {
    expect(() => parseCliArgs(argv, {})).toThrow(message)
  })
})

describe('startFromCli', () => {
  it('starts a sandbox and prints its URL', async () => {
    const lines: string[] = []
    const spy = jest.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line))
    try {
      const sandbox = await startFromCli(['--port', '0', '--db', tempDbPath(), '--mode', 'test'], {}, { handleSignals: false })
      expect(lines.some((l) => l.includes(`at ${sandbox.url}`))).toBe(true)
      expect((await fetch(`${sandbox.url}/`)).status).toBe(200)
      await sandbox.close()
    } finally {
      spy.mockRestore()
    }
  })
})
