import { startTestSandbox, type TestSandbox } from '../../testing/harness'
import { parseStationHours } from './hours'

// 2026-03-03 is a Tuesday: slots run Wednesday 03-04 to Sunday 03-08.
const TODAY = '2026-03-03'

let t: TestSandbox
beforeAll(async () => {
  t = await startTestSandbox()
})
beforeEach(async () => {
  await t.anon.post('/test/clock', { today: TODAY })
})
afterAll(() => t.close())

describe('station hours', () => {
  it.each([
    ['每天 8:00–18:00', [0, 1, 2, 3, 4, 5, 6], 480, 1080],
    ['周一至周六 8:30–17:30', [1, 2, 3, 4, 5, 6], 510, 1050],
    ['周一至周日 7:30-19:00', [0, 1, 2, 3, 4, 5, 6], 450, 1140],
  ])('reads %s', (text, days, opens, closes) => {
    const hours = parseStationHours(text)
    expect([...(hours?.days ?? [])].sort()).toEqual(days)
    expect(hours).toMatchObject({ opens, closes })
  })

  it.each(['全天', '每天 18:00–8:00', '周六至周一 8:00–17:00', '每天 8:00'])('refuses %s', (text) => {
    expect(parseStationHours(text)).toBeNull()
  })
})

describe('GET /stations/{stationId}/slots', () => {
  it('gives hourly slots 09:00–17:00 of the next 5 days, all available', async () => {
    const c = await t.login()
    const res = await c.get('/stations/ST01/slots')
    expect(res.status).toBe(200)
    expect(res.body.slots).toHaveLength(5 * 8)
    expect(res.body.slots[0]).toEqual({ id: 'ST01-20260304-0900', date: '2026-03-04', startTime: '09:00', endTime: '10:00', available: true })
    expect(res.body.slots[7]).toMatchObject({ startTime: '16:00', endTime: '17:00' })
    expect(res.body.slots.at(-1)).toMatchObject({ date: '2026-03-08', startTime: '16:00' })
    expect(res.body.slots.every((s: { available: boolean }) => s.available)).toBe(true)
  })

  it('leaves out the days a station is closed (河口村: Monday to Saturday)', async () => {
    const c = await t.login()
    const dates = new Set((await c.get('/stations/ST02/slots')).body.slots.map((s: { date: string }) => s.date))
    expect([...dates]).toEqual(['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07'])
  })

  it('follows the sandbox clock', async () => {
    await t.anon.post('/test/clock', { today: '2026-12-31' })
    const c = await t.login()
    const dates = new Set((await c.get('/stations/ST01/slots')).body.slots.map((s: { date: string }) => s.date))
    expect([...dates]).toEqual(['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04', '2027-01-05'])
  })

  it('answers 404 STATION_NOT_FOUND for an unknown station, 400 for a malformed id', async () => {
    const c = await t.login()
    expect((await c.get('/stations/ST09/slots')).body.code).toBe('STATION_NOT_FOUND')
    expect((await c.get('/stations/st01/slots')).status).toBe(400)
  })
})

describe('booking and cancelling visits', () => {
  const slot = 'ST01-20260305-1000'

  it('books without any verification, and lists the visit', async () => {
    const c = await t.login()
    const res = await c.post('/stations/ST01/visits', { slotId: 'ST01-20260304-1400', note: '  想了解整村授信  ' })
    expect(res.status).toBe(201)
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9_-]{16}$/),
      stationId: 'ST01',
      stationName: '桃园村惠农通服务站',
      date: '2026-03-04',
      startTime: '14:00',
      endTime: '15:00',
      status: 'BOOKED',
      note: '想了解整村授信',
      createdAt: expect.any(String),
    })
    expect((await c.get('/visits')).body).toEqual({ visits: [res.body] })
  })

  it('refuses booking the same slot twice with 409 VISIT_ALREADY_BOOKED', async () => {
    const c = await t.login()
    const first = await c.post('/stations/ST01/visits', { slotId: 'ST01-20260306-0900' })
    const again = await c.post('/stations/ST01/visits', { slotId: 'ST01-20260306-0900' })
    expect(again.status).toBe(409)
    expect(again.body).toEqual({ code: 'VISIT_ALREADY_BOOKED', message: '您已预约该时段，无需重复预约', details: { visitId: first.body.id } })
  })

  it('holds 3 visits a slot: the 4th gets 409 SLOT_FULL until someone cancels', async () => {
    const people = await Promise.all([1, 2, 3, 4].map(() => t.login()))
    const booked = []
    for (const c of people.slice(0, 3)) booked.push(await c.post('/stations/ST01/visits', { slotId: slot }))
    expect(booked.map((r) => r.status)).toEqual([201, 201, 201])
    const full = await people[3].post('/stations/ST01/visits', { slotId: slot })
    expect(full.status).toBe(409)
    expect(full.body).toEqual({ code: 'SLOT_FULL', message: '该时段已约满，请选择其他时间' })
    const slots = (await people[3].get('/stations/ST01/slots')).body.slots
    expect(slots.find((s: { id: string }) => s.id === slot).available).toBe(false)

    expect((await people[0].request('DELETE', `/visits/${booked[0].body.id}`)).status).toBe(204)
    expect((await people[0].get('/visits')).body.visits[0].status).toBe('CANCELLED')
    const freed = (await people[3].get('/stations/ST01/slots')).body.slots
    expect(freed.find((s: { id: string }) => s.id === slot).available).toBe(true)
    expect((await people[3].post('/stations/ST01/visits', { slotId: slot })).status).toBe(201)
    // The one who cancelled is not "already booked", but the slot is full again.
    expect((await people[0].post('/stations/ST01/visits', { slotId: slot })).body.code).toBe('SLOT_FULL')
  })

  it.each([
    ['a slot of another station', 'ST01', 'ST02-20260304-0900'],
    ['today (slots start tomorrow)', 'ST01', 'ST01-20260303-0900'],
    ['beyond the 5 days', 'ST01', 'ST01-20260309-0900'],
    ['before the first slot', 'ST01', 'ST01-20260304-0800'],
    ['a half hour', 'ST01', 'ST01-20260304-0930'],
    ['a day the station is closed', 'ST02', 'ST02-20260308-0900'],
  ])('answers 404 SLOT_NOT_FOUND for %s', async (_label, station, slotId) => {
    const c = await t.login()
    const res = await c.post(`/stations/${station}/visits`, { slotId })
    expect(res.status).toBe(404)
    expect(res.body).toEqual({ code: 'SLOT_NOT_FOUND', message: '该时段不可预约，请重新选择时间' })
  })

  it('answers 404 STATION_NOT_FOUND and 400 for a malformed slot id', async () => {
    const c = await t.login()
    expect((await c.post('/stations/ST09/visits', { slotId: 'ST09-20260304-0900' })).body.code).toBe('STATION_NOT_FOUND')
    expect((await c.post('/stations/ST01/visits', { slotId: 'tomorrow 9am' })).status).toBe(400)
    expect((await c.post('/stations/ST01/visits', {})).status).toBe(400)
  })

  it('cancelling twice changes nothing; a past visit cannot be cancelled', async () => {
    const c = await t.login()
    const a = await c.post('/stations/ST03/visits', { slotId: 'ST03-20260304-1100' })
    const b = await c.post('/stations/ST03/visits', { slotId: 'ST03-20260305-1100' })
    expect((await c.request('DELETE', `/visits/${a.body.id}`)).status).toBe(204)
    expect((await c.request('DELETE', `/visits/${a.body.id}`)).status).toBe(204)
    await t.anon.post('/test/clock', { today: '2026-03-06' })
    const late = await c.request('DELETE', `/visits/${b.body.id}`)
    expect(late.status).toBe(409)
    expect(late.body.code).toBe('VISIT_NOT_CANCELLABLE')
    expect((await c.get('/visits')).body.visits.map((v: { status: string }) => v.status)).toEqual(['CANCELLED', 'BOOKED'])
  })

  it('replays a booking retried with the same Idempotency-Key', async () => {
    const c = await t.login()
    const first = await c.post('/stations/ST03/visits', { slotId: 'ST03-20260307-0900' }, { 'Idempotency-Key': 'visit-key-0001' })
    const retry = await c.post('/stations/ST03/visits', { slotId: 'ST03-20260307-0900' }, { 'Idempotency-Key': 'visit-key-0001' })
    expect(retry.status).toBe(201)
    expect(retry.body).toEqual(first.body)
    expect((await c.get('/visits')).body.visits).toHaveLength(1)
  })
})

describe('isolation', () => {
  it("B neither sees nor cancels A's visits (404 VISIT_NOT_FOUND)", async () => {
    const a = await t.login()
    const b = await t.login()
    const visit = await a.post('/stations/ST02/visits', { slotId: 'ST02-20260304-1500' })
    expect((await b.get('/visits')).body).toEqual({ visits: [] })
    const res = await b.request('DELETE', `/visits/${visit.body.id}`)
    expect(res.status).toBe(404)
    expect(res.body).toEqual({ code: 'VISIT_NOT_FOUND', message: '未找到该预约' })
    expect((await a.get('/visits')).body.visits[0].status).toBe('BOOKED')
  })
})
