/**
 * One log line per request: method, path (with its ids), status, milliseconds. Never the query
 * string, bodies, headers or tokens, so personal data cannot leak into the log.
 */
import type { RequestHandler } from 'express'

export type Logger = (line: string) => void

export function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      const pathOnly = req.originalUrl.split('?')[0]
      log(`${req.method} ${pathOnly} ${res.statusCode} ${ms.toFixed(1)}ms`)
    })
    next()
  }
}
