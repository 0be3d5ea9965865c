// What the OS says about a server and the processes it starts, read from /proc (Linux). Elsewhere
// every function answers null / nothing rather than failing: the numbers are a report, not a test.
import { readdirSync, readFileSync } from 'node:fs'

const clockTicks = 100 // USER_HZ: 100 on every Linux that Node supports

/** /proc/<pid>/stat as { pid, ppid, comm, start (ticks since boot), cpu seconds }, or null. */
export function readStat(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const close = stat.lastIndexOf(')')
    const comm = stat.slice(stat.indexOf('(') + 1, close)
    // Fields from the 3rd (state) on; comm may itself hold spaces and parentheses.
    const fields = stat.slice(close + 2).split(' ')
    return {
      pid: Number(pid),
      ppid: Number(fields[1]),
      comm,
      start: Number(fields[19]),
      cpuSeconds: (Number(fields[11]) + Number(fields[12])) / clockTicks,
    }
  } catch {
    return null
  }
}

function readCmdline(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ')
  } catch {
    return ''
  }
}

/** Every process visible in /proc, by pid; null without /proc. */
function allProcesses() {
  let names
  try {
    names = readdirSync('/proc')
  } catch {
    return null
  }
  const byPid = new Map()
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue
    const stat = readStat(name)
    if (stat) byPid.set(stat.pid, stat)
  }
  return byPid
}

/** CPU seconds of a process and of its live children (the graders); null without /proc. */
export function cpuSeconds(pid) {
  const processes = allProcesses()
  const own = processes?.get(pid)
  if (!processes || !own) return null
  let children = 0
  for (const process of processes.values()) {
    if (process.ppid === pid) children += process.cpuSeconds
  }
  return { server: own.cpuSeconds, graders: children }
}

/**
 * Watches the processes a server starts by sampling /proc. A "launch" is a process whose parent
 * is the server itself (or another Next.js process under it) — whatever it is: the grader's node,
 * a `sh -c ulimit … exec node`, `bwrap` or `unshare` wrapping one. Everything under a launch
 * (bwrap's sandboxed child, say) belongs to that launch and is not counted again. A process is
 * known by pid and start time, so a reused pid is a new process. Sampling misses a process that
 * lives less than one interval: the counts are lower bounds.
 */
export class ProcessWatch {
  /**
   * `isServer(cmdline)`: is a descendant part of the server rather than something it launched?
   * `isHelper(cmdline)`: a launch that is no grader (esbuild's service, bundling the grader).
   */
  constructor(
    rootPid,
    {
      // A node running Next's own scripts. Not "next-server": that is the server's process title,
      // which a child it forks shows too until it execs its own program.
      isServer = (cmd) => /node_modules\/next\/dist\//.test(cmd),
      isHelper = (cmd) => /esbuild/.test(cmd),
    } = {},
  ) {
    this.rootPid = rootPid
    this.isServer = isServer
    this.isHelper = isHelper
    this.phase = 'start'
    this.known = new Map() // "pid:start" → entry
    this.maxAliveLaunches = 0
    this.samples = 0
    this.available = allProcesses() !== null
    this.timer = null
  }

  start(intervalMs = 100) {
    if (!this.available) return this
    this.sample()
    this.timer = setInterval(() => this.sample(), intervalMs)
    this.timer.unref()
    return this
  }

  stop() {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  /** Launches seen from now on are counted under `phase`. */
  mark(phase) {
    this.sample()
    this.phase = phase
  }

  sample() {
    const processes = allProcesses()
    if (!processes) return
    this.samples++
    const children = new Map()
    for (const process of processes.values()) {
      if (!children.has(process.ppid)) children.set(process.ppid, [])
      children.get(process.ppid).push(process)
    }
    const root = processes.get(this.rootPid)
    if (!root) return
    let aliveLaunches = 0
    // Walk down from the server; `launch` is the key of the launch a process belongs to.
    const visit = (process, launch) => {
      const key = `${process.pid}:${process.start}`
      let entry = this.known.get(key)
      const cmd = readCmdline(process.pid)
      if (!entry) {
        const server = launch === null && this.isServer(cmd)
        entry = {
          pid: process.pid,
          start: process.start,
          ppid: process.ppid,
          phase: this.phase,
          server,
          launch: server ? null : (launch ?? key),
          comms: new Set(),
          cmd,
        }
        this.known.set(key, entry)
      }
      if (cmd) entry.cmd = cmd
      // Taken for part of the server, then it ran something else: it was a launch, just forked.
      if (entry.server && cmd && !this.isServer(cmd)) {
        entry.server = false
        entry.launch = key
      }
      // A fork shows the server's name until it execs: not a name of its own.
      if (process.comm !== root.comm) entry.comms.add(process.comm)
      if (entry.launch === key && !this.isHelper(entry.cmd)) aliveLaunches++
      for (const child of children.get(process.pid) ?? []) visit(child, entry.launch)
    }
    for (const child of children.get(root.pid) ?? []) visit(child, null)
    this.maxAliveLaunches = Math.max(this.maxAliveLaunches, aliveLaunches)
  }

  /** Launches, and the processes under them, that still run (by pid and start time). */
  survivors() {
    const processes = allProcesses() ?? new Map()
    return [...this.known.values()].filter(
      (entry) => !entry.server && processes.get(entry.pid)?.start === entry.start,
    )
  }

  /**
   * { launches, byPhase, byCommand, underLaunches, maxAlive, samples } — byCommand counts each
   * launch under every name it was seen with (`sh` then `node` after an exec), or with `wrapped`,
   * the names of the processes under it (bwrap's sandboxed child).
   */
  report() {
    const entries = [...this.known.values()]
    const launches = entries.filter((entry) => entry.launch === `${entry.pid}:${entry.start}`)
    const graders = launches.filter((entry) => !this.isHelper(entry.cmd))
    const count = (list, key) => {
      const counts = {}
      for (const item of list) for (const k of key(item)) counts[k] = (counts[k] ?? 0) + 1
      return counts
    }
    const under = (launch) =>
      entries.filter(
        (entry) => entry.launch === `${launch.pid}:${launch.start}` && entry !== launch,
      )
    return {
      available: this.available,
      samples: this.samples,
      graders: graders.length,
      byPhase: count(graders, (entry) => [entry.phase]),
      byCommand: count(graders, (entry) => {
        const wrapped = new Set(under(entry).flatMap((child) => [...child.comms]))
        const names = [...entry.comms].join('→') || '?'
        return [wrapped.size ? `${names} [${[...wrapped].join(', ')}]` : names]
      }),
      helpers: launches.length - graders.length,
      /** Every process seen under the graders' launches, wrappers and sandboxed children too. */
      processes: entries.filter((entry) => {
        const launch = entries.find((l) => `${l.pid}:${l.start}` === entry.launch)
        return !entry.server && launch && !this.isHelper(launch.cmd)
      }).length,
      maxAlive: this.maxAliveLaunches,
      serverProcesses: entries.filter((entry) => entry.server).length + 1,
    }
  }
}
