/**
 * The hostile corpus: programs in programs/ that attack LoopLab as a learner's submission would,
 * each with what a SAFE system must answer. This manifest is data, validated by a strict zod
 * schema; `loadHostileCorpus()` also checks that it and the folder agree, file for file.
 *
 * Conventions every program follows (README.md):
 * - the first line is a comment saying what it tries;
 * - it prints `ESCAPED` only if the attack worked (so no answer may ever contain it) and `REFUSED`
 *   when it caught the sandbox's refusal;
 * - it reaches the outside world only through the placeholders of observers.ts (`__LOOPLAB_CANARY__`,
 *   `__LOOPLAB_PORT__`, `__LOOPLAB_SECRET_NAME__`), which the harness substitutes;
 * - persistence attacks are pairs: `NAME-plant.py` (pairWith `NAME-victim.py`) runs first, then the
 *   innocent `NAME-victim.py`, possibly as another learner, whose outcome must be the normal one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { gradeStatuses, RunStatusSchema } from '@looplab/runtime'

export const hostileCategories = [
  'native-code', // ctypes, libc, hand-made code objects: out of Python into C
  'javascript-bridge', // Pyodide's js / pyodide_js / pyodide.ffi, by import or by introspection
  'shell', // starting host programs: os.system, subprocess, exec, spawn, pty…
  'network', // sockets, HTTP, DNS: reaching the host's loopback (SSRF) or beyond
  'host-files', // reading the host's files, the exercise's hidden files; writing the canary
  'secrets', // the host's environment variables, by any route
  'runaway-loop', // code that never ends, wherever the harness might run it
  'output-flood', // more output than any page or pipe should carry
  'resource-bomb', // memory, tasks, timers, recursion, huge computations
  'threads-processes', // threads and child processes outliving or escaping the run
  'tampering', // changing the interpreter or asyncio under the harness within one run
  'exit', // leaving the run abruptly: SystemExit, os._exit, os.abort, forged stop exceptions
  'forged-grade', // getting a `pass` without solving the exercise
  'persistence', // plants that try to outlive their job and reach later ones (with a victim)
  'hostile-output', // output that attacks the page or terminal that shows it
] as const
export const HostileCategorySchema = z.enum(hostileCategories)
export type HostileCategory = z.infer<typeof HostileCategorySchema>

/** Where the corpus runs: `looplab` in a child process, POST /api/grade, the site's browser worker. */
export const hostilePaths = ['cli', 'http', 'browser'] as const
export const HostilePathSchema = z.enum(hostilePaths)
export type HostilePath = z.infer<typeof HostilePathSchema>

/** Printed by a program only when its attack worked: no answer may ever contain it. */
export const escapeMarker = 'ESCAPED'
/** Printed by a program when it caught the sandbox's refusal. */
export const refusalMarker = 'REFUSED'
/** The exercise a hostile program is graded against when its entry names none (HTTP path). */
export const defaultExercise = 'download-all-at-once'

/** Categories whose programs try to get OUT: a plain `ok` run must prove the refusal (mustPrint). */
export const escapeCategories: readonly HostileCategory[] = [
  'native-code',
  'javascript-bridge',
  'shell',
  'network',
  'host-files',
  'secrets',
  'threads-processes',
]

const RunExpectationSchema = z
  .object({
    status: z
      .array(RunStatusSchema)
      .min(1)
      .describe('every status a plain run (`looplab run FILE --json`) may end with'),
    mustPrint: z
      .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
      .optional()
      .describe(
        'when the run ends `ok`, stdout must contain this text (or one of these texts): the ' +
          'program reached its end and says how its attack was refused',
      ),
    stdout: z.string().optional().describe('victims: the exact stdout of a normal run'),
  })
  .strict()
export type RunExpectation = z.infer<typeof RunExpectationSchema>

const GradeExpectationSchema = z
  .object({
    exercise: z.string().min(1).describe('exercise id (a folder under content/**/exercises/)'),
    status: z
      .array(z.enum(['fail', 'error']))
      .min(1)
      .describe('acceptable statuses when graded as a submission: never `pass`'),
  })
  .strict()
export type GradeExpectation = z.infer<typeof GradeExpectationSchema>

const VictimExpectationSchema = z
  .object({
    exercise: z
      .string()
      .min(1)
      .default(defaultExercise)
      .describe('the victim is graded against this exercise'),
    expectGrade: z
      .enum(gradeStatuses)
      .describe('its normal grade (graded alone on a fresh engine it gets exactly this)'),
  })
  .strict()
export type VictimExpectation = z.infer<typeof VictimExpectationSchema>

const kebabFile = /^[a-z0-9]+(?:-[a-z0-9]+)*\.py$/

export const HostileEntrySchema = z
  .object({
    file: z.string().regex(kebabFile, 'a kebab-case .py file name in programs/'),
    category: HostileCategorySchema,
    attack: z
      .string()
      .min(10)
      .regex(/^[A-Z(][^\n]*\.$/, 'one sentence, capitalised, ending with a period'),
    paths: z
      .array(HostilePathSchema)
      .min(1)
      .default([...hostilePaths])
      .describe('the paths this program runs on (default: all three)'),
    run: RunExpectationSchema,
    grade: GradeExpectationSchema.optional().describe(
      'graded as a submission to this exercise, it must get one of these statuses',
    ),
    pairWith: z
      .string()
      .regex(/-victim\.py$/)
      .optional()
      .describe('plants only: the victim run next, possibly as another learner'),
    victim: VictimExpectationSchema.optional().describe(
      'victims only: an innocent program whose outcome after its plant must be the normal one',
    ),
  })
  .strict()
  .superRefine((entry, context) => {
    const issue = (message: string) => context.addIssue({ code: 'custom', message })
    const isPlant = entry.file.endsWith('-plant.py')
    const isVictim = entry.file.endsWith('-victim.py')
    if (isPlant !== (entry.pairWith !== undefined))
      issue('a *-plant.py file, and only one, has pairWith')
    if (isPlant && entry.pairWith !== entry.file.replace(/-plant\.py$/, '-victim.py')) {
      issue('pairWith is the victim of the same name (NAME-plant.py → NAME-victim.py)')
    }
    if (isVictim !== (entry.victim !== undefined))
      issue('a *-victim.py file, and only one, has victim')
    if ((isPlant || isVictim) && entry.category !== 'persistence') {
      issue('plants and victims are in the persistence category')
    }
    if (isVictim) {
      if (entry.grade) issue('a victim has no `grade` (its normal grade is victim.expectGrade)')
      if (entry.run.status.join() !== 'ok' || entry.run.stdout === undefined) {
        issue('a victim runs normally: run.status ["ok"] and its exact run.stdout')
      }
    } else if (entry.run.stdout !== undefined) {
      issue('only victims give an exact stdout')
    }
    if (
      escapeCategories.includes(entry.category) &&
      entry.run.status.includes('ok') &&
      entry.run.mustPrint === undefined
    ) {
      issue('an escape attempt may end `ok` only with mustPrint (the refusal it printed)')
    }
    if (new Set(entry.run.status).size !== entry.run.status.length) issue('duplicate run.status')
  })
export type HostileEntry = z.infer<typeof HostileEntrySchema>
export type HostileEntryInput = z.input<typeof HostileEntrySchema>

export type HostileRole = 'attack' | 'plant' | 'victim'
export type HostileProgram = HostileEntry & {
  role: HostileRole
  /** Absolute path of the program in programs/. */
  location: string
  /** The program's text, placeholders not yet substituted (observers.substitute does that). */
  source: string
}

// ---- Shared expectations -------------------------------------------------------------------

/** The program catches the refusal and prints REFUSED; or the sandbox stops it with an error. */
const refused = {
  status: ['ok', 'error'],
  mustPrint: refusalMarker,
} satisfies HostileEntryInput['run']
/** The refusal is not caught (an import at the top, say): the run ends with an error. */
const crashes = { status: ['error'] } satisfies HostileEntryInput['run']
/** Never ends on its own: the wall-clock limit must stop it. */
const stopped = { status: ['time-limit'] } satisfies HostileEntryInput['run']
/** Within-run tampering or forging: the run may end either way; the grade is what matters. */
const anyEnd = { status: ['ok', 'error'] } satisfies HostileEntryInput['run']
/** Graded as a submission to the first exercise, it must not pass. */
const failsFirst = {
  exercise: defaultExercise,
  status: ['fail', 'error'],
} satisfies HostileEntryInput['grade']

const starterStdout = [
  '[0.0s] start podcast.mp3',
  '[2.0s] done podcast.mp3',
  '[2.0s] start photos.zip',
  '[3.5s] done photos.zip',
  '[3.5s] start notes.pdf',
  '[4.0s] done notes.pdf',
  '[4.0s] all downloads finished',
  '',
].join('\n')
const solutionStdout = [
  '[0.0s] start podcast.mp3',
  '[0.0s] start photos.zip',
  '[0.0s] start notes.pdf',
  '[0.5s] done notes.pdf',
  '[1.5s] done photos.zip',
  '[2.0s] done podcast.mp3',
  '[2.0s] all downloads finished',
  '',
].join('\n')
const greetStdout = 'hello Grace\nhello Ada\ndone\n'

/** The unmodified starter of the first exercise, run after a plant: fails exactly as usual. */
function starterVictim(name: string): HostileEntryInput {
  return {
    file: `${name}-victim.py`,
    category: 'persistence',
    attack: `The unmodified starter of ${defaultExercise}, run after ${name}-plant.py.`,
    run: { status: ['ok'], stdout: starterStdout },
    victim: { exercise: defaultExercise, expectGrade: 'fail' },
  }
}
/** The reference solution of the first exercise, run after a plant: passes exactly as usual. */
function solutionVictim(name: string): HostileEntryInput {
  return {
    file: `${name}-victim.py`,
    category: 'persistence',
    attack: `The reference solution of ${defaultExercise}, run after ${name}-plant.py.`,
    run: { status: ['ok'], stdout: solutionStdout },
    victim: { exercise: defaultExercise, expectGrade: 'pass' },
  }
}
/** A small innocent program (two greetings), run after a plant. */
function greetVictim(name: string): HostileEntryInput {
  return {
    file: `${name}-victim.py`,
    category: 'persistence',
    attack: `An innocent program that greets two people, run after ${name}-plant.py.`,
    run: { status: ['ok'], stdout: greetStdout },
    victim: { exercise: defaultExercise, expectGrade: 'fail' },
  }
}
function plant(
  name: string,
  attack: string,
  run: HostileEntryInput['run'] = anyEnd,
): HostileEntryInput {
  return {
    file: `${name}-plant.py`,
    category: 'persistence',
    attack,
    run,
    pairWith: `${name}-victim.py`,
  }
}

/** Markup and bidi text attack the page that renders it; the CLI prints inert JSON, so these run
 *  where a page shows the output (the HTTP grade is shown by the site too). */
const pageOnly = ['http', 'browser'] satisfies HostileEntryInput['paths']

// ---- The manifest ----------------------------------------------------------------------------

export const hostileManifest: HostileEntryInput[] = [
  // native-code
  {
    file: 'ctypes-cdll-none-system.py',
    category: 'native-code',
    attack:
      'Loads the process’s libc with ctypes.CDLL(None) and runs a shell command via system().',
    run: crashes,
  },
  {
    file: 'ctypes-util-find-library.py',
    category: 'native-code',
    attack: 'Finds libc with ctypes.util.find_library and calls system() through it.',
    run: refused,
  },
  {
    file: 'ctypes-private-module.py',
    category: 'native-code',
    attack:
      'Builds a callable for libc’s system() from _ctypes directly (dlopen, dlsym, CFuncPtr).',
    run: refused,
  },
  {
    file: 'ctypes-importlib-import-module.py',
    category: 'native-code',
    attack: 'Imports ctypes with importlib.import_module instead of an import statement.',
    run: refused,
  },
  {
    file: 'ctypes-dunder-import.py',
    category: 'native-code',
    attack: 'Imports ctypes through builtins.__import__.',
    run: refused,
  },
  {
    file: 'ctypes-sys-modules-lookup.py',
    category: 'native-code',
    attack: 'Picks up a ctypes module already loaded by someone else straight out of sys.modules.',
    run: refused,
  },
  {
    file: 'ctypes-find-spec-exec-module.py',
    category: 'native-code',
    attack: 'Loads _ctypes and ctypes by hand (find_spec, module_from_spec, exec_module).',
    run: refused,
  },
  {
    file: 'ctypes-after-gate-removed.py',
    category: 'native-code',
    attack: 'Removes the import gate from sys.meta_path, clears the caches, then imports ctypes.',
    run: refused,
  },
  {
    file: 'libc-emscripten-run-script.py',
    category: 'native-code',
    attack: 'Calls emscripten_run_script() from libc to run JavaScript that writes the canary.',
    run: crashes,
  },
  {
    file: 'libc-emscripten-run-script-string.py',
    category: 'native-code',
    attack: 'Reads the host’s secret with emscripten_run_script_string() and prints it.',
    run: refused,
  },
  {
    file: 'ctypes-via-subclasses.py',
    category: 'native-code',
    attack: 'Finds ctypes’ C data classes through object.__subclasses__() and reads raw memory.',
    run: refused,
  },
  {
    file: 'codetype-crafted-bytecode.py',
    category: 'native-code',
    attack:
      'Builds a code object with hand-written bytecode (code.replace) that reads past co_consts.',
    run: refused,
  },
  {
    file: 'marshal-loads-code.py',
    category: 'native-code',
    attack: 'Smuggles a code object in through marshal.loads() and runs it.',
    run: refused,
  },

  // javascript-bridge
  {
    file: 'js-import-eval.py',
    category: 'javascript-bridge',
    attack: 'Imports js and runs JavaScript with js.eval: canary, listener, the host’s secret.',
    run: crashes,
  },
  {
    file: 'js-function-constructor.py',
    category: 'javascript-bridge',
    attack: 'Builds a JavaScript function with js.Function and calls it.',
    run: refused,
  },
  {
    file: 'pyodide-js-module.py',
    category: 'javascript-bridge',
    attack: 'Imports pyodide_js and climbs .constructor.constructor to Function.',
    run: refused,
  },
  {
    file: 'pyodide-code-run-js.py',
    category: 'javascript-bridge',
    attack: 'Runs JavaScript with pyodide.code.run_js.',
    run: refused,
  },
  {
    file: 'pyodide-ffi-to-js.py',
    category: 'javascript-bridge',
    attack: 'Makes a JavaScript object with pyodide.ffi.to_js and reaches Function through it.',
    run: refused,
  },
  {
    file: 'pyodide-core-module.py',
    category: 'javascript-bridge',
    attack: 'Imports _pyodide_core and turns a proxy it makes into a way to run JavaScript.',
    run: refused,
  },
  {
    file: 'js-via-jsfinder-meta-path.py',
    category: 'javascript-bridge',
    attack: 'Finds Pyodide’s JsFinder in sys.meta_path and asks it for the js module directly.',
    run: refused,
  },
  {
    file: 'js-after-gate-removed.py',
    category: 'javascript-bridge',
    attack: 'Deletes the import gate from sys.meta_path, then simply imports js.',
    run: refused,
  },
  {
    file: 'js-via-subclasses-globals.py',
    category: 'javascript-bridge',
    attack:
      'Walks object.__subclasses__() to methods whose __globals__ hold js, pyodide or a proxy.',
    run: refused,
  },
  {
    file: 'js-via-harness-saved-modules.py',
    category: 'javascript-bridge',
    attack: 'Walks sys._getframe().f_back into the harness and takes js from the modules it saved.',
    run: refused,
  },
  {
    file: 'js-via-gc-get-objects.py',
    category: 'javascript-bridge',
    attack: 'Lists every live object with gc.get_objects() and picks out a JavaScript proxy.',
    run: refused,
  },
  {
    file: 'js-via-gc-get-referrers.py',
    category: 'javascript-bridge',
    attack: 'Asks gc.get_referrers(sys) for namespaces holding sys and looks there for js.',
    run: refused,
  },
  {
    file: 'js-via-traceback-frame.py',
    category: 'javascript-bridge',
    attack: 'Climbs a caught exception’s tb_frame.f_back chain into the harness, looking for js.',
    run: refused,
  },
  {
    file: 'js-via-coroutine-frame.py',
    category: 'javascript-bridge',
    attack: 'Follows the running task’s coroutine cr_frame.f_back into the loop and the harness.',
    run: refused,
  },
  {
    file: 'js-via-generator-frame.py',
    category: 'javascript-bridge',
    attack: 'Uses a running generator’s gi_frame.f_back to reach the frames below the program.',
    run: refused,
  },

  // shell
  {
    file: 'os-system.py',
    category: 'shell',
    attack: 'Runs a shell command that writes the canary with os.system.',
    run: refused,
  },
  {
    file: 'posix-system.py',
    category: 'shell',
    attack: 'Calls posix.system, the C function behind os.system, in case only os was patched.',
    run: refused,
  },
  {
    file: 'os-reload-system.py',
    category: 'shell',
    attack: 'Reloads os with importlib.reload to get the original os.system back.',
    run: refused,
  },
  {
    file: 'os-popen.py',
    category: 'shell',
    attack: 'Reads a command’s output with os.popen.',
    run: refused,
  },
  {
    file: 'subprocess-run.py',
    category: 'shell',
    attack: 'Runs sh -c with subprocess.run and captures its output.',
    run: refused,
  },
  {
    file: 'os-execv.py',
    category: 'shell',
    attack: 'Replaces the interpreter with a shell through os.execv.',
    run: refused,
  },
  {
    file: 'os-spawnv.py',
    category: 'shell',
    attack: 'Starts a shell with os.spawnv(os.P_WAIT, …).',
    run: refused,
  },
  {
    file: 'pty-spawn.py',
    category: 'shell',
    attack: 'Opens a shell on a pseudo-terminal with pty.spawn.',
    run: refused,
  },
  {
    file: 'os-kill-parent.py',
    category: 'shell',
    attack:
      'Sends SIGKILL to the process hosting the sandbox, to itself and to pid 1 with os.kill.',
    run: refused,
  },

  // network
  {
    file: 'socket-create-connection.py',
    category: 'network',
    attack: 'Opens a TCP connection to the host’s loopback with socket.create_connection.',
    run: refused,
  },
  {
    file: 'socket-raw-connect.py',
    category: 'network',
    attack: 'Connects a raw socket.socket() to the loopback listener and sends an HTTP request.',
    run: refused,
  },
  {
    file: 'asyncio-open-connection.py',
    category: 'network',
    attack: 'Talks to the loopback listener with asyncio.open_connection.',
    run: refused,
  },
  {
    file: 'urllib-urlopen-ssrf.py',
    category: 'network',
    attack: 'Makes the grading server fetch its own loopback with urllib.request.urlopen (SSRF).',
    run: refused,
  },
  {
    file: 'http-client-ssrf.py',
    category: 'network',
    attack: 'Sends an HTTP request to the host’s loopback with http.client.HTTPConnection.',
    run: refused,
  },
  {
    file: 'pyodide-http-pyfetch-ssrf.py',
    category: 'network',
    attack: 'Reaches the host’s loopback with Pyodide’s fetch wrapper, pyodide.http.pyfetch.',
    run: refused,
  },
  {
    file: 'dns-getaddrinfo-connect.py',
    category: 'network',
    attack: 'Resolves names with socket.getaddrinfo, then connects to what localhost resolves to.',
    run: refused,
  },
  {
    file: 'requests-simulated-localhost.py',
    category: 'network',
    attack: 'Points the course’s simulated requests module at the host’s loopback.',
    run: refused,
  },
  {
    file: 'js-fetch-listener.py',
    category: 'network',
    attack: 'Calls the host’s loopback with JavaScript’s fetch through js.fetch.',
    run: refused,
  },
  {
    file: 'js-xmlhttprequest.py',
    category: 'network',
    attack: 'Sends a synchronous js.XMLHttpRequest to the host’s loopback.',
    paths: ['browser'], // XMLHttpRequest exists only in a browser (a Web Worker has it)
    run: refused,
  },
  {
    file: 'js-websocket.py',
    category: 'network',
    attack: 'Opens a js.WebSocket to the host’s loopback.',
    run: refused,
  },

  // host-files
  {
    file: 'read-etc-passwd.py',
    category: 'host-files',
    attack: 'Reads the host’s /etc/passwd, /etc/hostname and /etc/os-release.',
    run: refused,
  },
  {
    file: 'proc-self-cmdline.py',
    category: 'host-files',
    attack: 'Reads /proc/self/cmdline, status, maps and cwd to learn how the host runs it.',
    run: refused,
  },
  {
    file: 'walk-root.py',
    category: 'host-files',
    attack: 'Walks the file system from / looking for the host’s project (node_modules, .git…).',
    run: refused,
  },
  {
    file: 'walk-up-from-cwd.py',
    category: 'host-files',
    attack: 'Climbs out of its folder with .. and lists every folder on the way up.',
    run: refused,
  },
  {
    file: 'read-solution-by-guessing.py',
    category: 'host-files',
    attack: 'Guesses where the course lives and reads the exercise’s solution.py and checks.py.',
    run: refused,
  },
  {
    file: 'read-checks-from-harness-frame.py',
    category: 'host-files',
    attack: 'While being graded, climbs the frames to the grader and reads the hidden checks.',
    run: refused,
    grade: failsFirst,
  },
  {
    file: 'read-node-modules-and-data.py',
    category: 'host-files',
    attack: 'Reads the server’s files: node_modules, the .data database folder, the build folder.',
    run: refused,
  },
  {
    file: 'write-canary-open.py',
    category: 'host-files',
    attack: 'Creates a file at an absolute host path (the canary) with open(…, "w").',
    run: { status: ['ok', 'error'], mustPrint: [refusalMarker, 'WROTE'] },
  },
  {
    file: 'write-canary-os-open.py',
    category: 'host-files',
    attack: 'Creates the canary with os.makedirs and a low-level os.open(O_CREAT).',
    run: { status: ['ok', 'error'], mustPrint: [refusalMarker, 'WROTE'] },
  },
  {
    file: 'audit-strict-widen.py',
    category: 'host-files',
    attack:
      'Raises the audit event the harness enters strict mode with, naming / and the home folder, to widen where it may write, then creates the canary.',
    // Inside the interpreter, too, the write must be refused: the event widens nothing once a
    // program runs (lockdown.py).
    run: { status: ['ok'], mustPrint: [refusalMarker] },
  },

  // secrets
  {
    file: 'env-dump.py',
    category: 'secrets',
    attack: 'Prints the whole environment (os.environ and os.environb).',
    run: refused,
  },
  {
    file: 'env-getenv-secret.py',
    category: 'secrets',
    attack: 'Asks os.getenv for the exact name of a secret the host process has.',
    run: refused,
  },
  {
    file: 'env-posix-environ.py',
    category: 'secrets',
    attack: 'Reads posix.environ, the startup copy of the environment os.environ was made from.',
    run: refused,
  },
  {
    file: 'proc-self-environ.py',
    category: 'secrets',
    attack: 'Reads the process’s environment block from /proc/self/environ.',
    run: refused,
  },
  {
    file: 'proc-1-environ.py',
    category: 'secrets',
    attack: 'Reads other processes’ environments: /proc/1/environ and the parent’s.',
    run: refused,
  },
  {
    file: 'js-process-env.py',
    category: 'secrets',
    attack: 'Reads the host’s environment through JavaScript: js.process.env.',
    run: refused,
  },
  {
    file: 'env-harness-closure.py',
    category: 'secrets',
    attack:
      'Searches everything reachable from sys.stdout (closures, globals) for a saved environment.',
    run: refused,
  },

  // runaway-loop
  {
    file: 'loop-busy-coroutine.py',
    category: 'runaway-loop',
    attack: 'Spins forever inside a coroutine that never awaits.',
    run: stopped,
  },
  {
    file: 'loop-in-finally.py',
    category: 'runaway-loop',
    attack: 'Cancels a task whose finally block never ends.',
    run: stopped,
  },
  {
    file: 'loop-in-done-callback.py',
    category: 'runaway-loop',
    attack: 'Spins forever in a done callback, which the loop runs outside any task.',
    run: stopped,
  },
  {
    file: 'loop-in-exception-handler.py',
    category: 'runaway-loop',
    attack: 'Spins forever in the loop’s exception handler when a callback fails.',
    run: stopped,
  },
  {
    file: 'loop-in-del.py',
    category: 'runaway-loop',
    attack: 'Spins forever in a __del__ reached only by the end-of-run garbage collection.',
    run: stopped,
  },
  {
    file: 'loop-in-repr-of-result.py',
    category: 'runaway-loop',
    attack: 'Returns from main() an object whose __repr__ never ends, for the harness to describe.',
    run: stopped,
  },
  {
    file: 'loop-cancelled-error-refused.py',
    category: 'runaway-loop',
    attack: 'Catches the CancelledError of asyncio.run’s shutdown and spins instead of stopping.',
    run: stopped,
  },
  {
    file: 'loop-in-atexit.py',
    category: 'runaway-loop',
    attack: 'Spins forever in an atexit handler, after the program has finished.',
    run: stopped,
  },
  {
    file: 'loop-in-weakref-finalize.py',
    category: 'runaway-loop',
    attack: 'Spins forever in a weakref.finalize callback at interpreter exit.',
    run: stopped,
  },
  {
    file: 'loop-sigint-ignored.py',
    category: 'runaway-loop',
    attack: 'Ignores SIGINT with signal.signal(SIGINT, SIG_IGN), then spins forever.',
    run: stopped,
  },
  {
    file: 'loop-swallow-base-exception.py',
    category: 'runaway-loop',
    attack: 'Swallows every BaseException (the harness’s own stop included) and keeps spinning.',
    run: stopped,
  },
  {
    file: 'loop-regex-backtracking.py',
    category: 'runaway-loop',
    attack:
      'Backtracks catastrophically in a regex, a loop inside C that never checks for signals.',
    run: stopped,
  },

  // output-flood
  {
    file: 'flood-print-loop.py',
    category: 'output-flood',
    attack: 'Prints lines forever.',
    run: { status: ['output-limit'] },
  },
  {
    file: 'flood-stderr.py',
    category: 'output-flood',
    attack: 'Floods stderr instead of stdout.',
    run: { status: ['output-limit'] },
  },
  {
    file: 'flood-sys-dunder-stdout.py',
    category: 'output-flood',
    attack: 'Writes forever through sys.__stdout__, in case only sys.stdout is limited.',
    run: { status: ['output-limit'] },
  },
  {
    file: 'flood-os-write-fd1.py',
    category: 'output-flood',
    attack: 'Writes 100 MB straight to file descriptor 1 with os.write, under any Python capture.',
    // Captured (and limited), discarded, refused or stopped are all safe; reaching the host's
    // stdout (the CLI's JSON would not parse) is not.
    run: { status: ['output-limit', 'ok', 'error', 'time-limit'] },
  },
  {
    file: 'flood-one-huge-line.py',
    category: 'output-flood',
    attack: 'Prints one 50 MB line.',
    run: { status: ['output-limit'] },
  },
  {
    file: 'flood-many-tiny-prints.py',
    category: 'output-flood',
    attack: 'Makes a hundred million one-character prints.',
    run: { status: ['output-limit', 'time-limit'] },
  },
  {
    file: 'flood-100mb-string.py',
    category: 'output-flood',
    attack: 'Builds a 100 MB string and prints it at once.',
    run: { status: ['output-limit', 'error'] },
  },

  // resource-bomb
  {
    file: 'memory-bytearray-huge.py',
    category: 'resource-bomb',
    attack: 'Allocates 10 GB at once with bytearray(10**10).',
    run: { status: ['error'] },
  },
  {
    file: 'memory-growing-list.py',
    category: 'resource-bomb',
    attack: 'Grows a list of 1 MB strings until memory runs out.',
    run: { status: ['error', 'time-limit'] },
  },
  {
    file: 'task-bomb-create-task.py',
    category: 'resource-bomb',
    attack: 'Creates ten million tasks at once.',
    run: { status: ['error', 'time-limit'] },
  },
  {
    file: 'timer-bomb-call-later.py',
    category: 'resource-bomb',
    attack: 'Schedules a billion timers with loop.call_later.',
    run: { status: ['error', 'time-limit'] },
  },
  {
    file: 'recursion-bomb.py',
    category: 'resource-bomb',
    attack: 'Recurses without end.',
    // A RecursionError, unless formatting its 1000-frame traceback outlasts the wall-clock limit
    // on a loaded machine: both end the run, neither escapes.
    run: { status: ['error', 'time-limit'] },
  },
  {
    file: 'recursion-limit-raised.py',
    category: 'resource-bomb',
    attack: 'Raises the recursion limit to a billion, then recurses until the C stack overflows.',
    run: { status: ['error', 'time-limit'] },
  },
  {
    file: 'int-power-bomb.py',
    category: 'resource-bomb',
    attack: 'Computes 10 ** 10**9 inside C, which never checks for signals.',
    run: { status: ['time-limit', 'error'] },
  },

  // threads-processes
  {
    file: 'thread-busy.py',
    category: 'threads-processes',
    attack: 'Starts a thread that spins forever in the background while main() returns.',
    run: { status: ['ok', 'error', 'time-limit'], mustPrint: refusalMarker },
  },
  {
    file: 'process-pool-executor.py',
    category: 'threads-processes',
    attack: 'Runs work in other processes with concurrent.futures.ProcessPoolExecutor.',
    run: refused,
  },
  {
    file: 'multiprocessing-process.py',
    category: 'threads-processes',
    attack: 'Starts a child process that writes the canary with multiprocessing.Process.',
    run: refused,
  },
  {
    file: 'os-fork.py',
    category: 'threads-processes',
    attack: 'Forks the interpreter with os.fork().',
    run: refused,
  },

  // tampering
  {
    file: 'tamper-sys-stdout-replaced.py',
    category: 'tampering',
    attack:
      'Replaces sys.stdout, sys.stderr and their originals with streams that raise, then crashes.',
    run: crashes,
    grade: failsFirst,
  },
  {
    file: 'tamper-builtins-print.py',
    category: 'tampering',
    attack:
      'Replaces builtins.print to turn the sequential starter’s lines into the expected output.',
    run: anyEnd,
    grade: failsFirst,
  },
  {
    file: 'tamper-reimport-asyncio.py',
    category: 'tampering',
    attack: 'Deletes asyncio and time from sys.modules and imports fresh, unpatched copies.',
    run: { status: ['ok', 'error', 'time-limit'] },
    grade: failsFirst,
  },
  {
    file: 'tamper-task-step.py',
    category: 'tampering',
    attack: 'Patches the pure-Python Task’s __step, makes it asyncio.Task and skips every sleep.',
    run: anyEnd,
    grade: failsFirst,
  },
  {
    file: 'tamper-fast-clock.py',
    category: 'tampering',
    attack: 'Replaces time.time, monotonic and perf_counter with a clock running twice as fast.',
    run: anyEnd,
    grade: failsFirst,
  },
  {
    file: 'tamper-loop-time.py',
    category: 'tampering',
    attack: 'Monkeypatches asyncio.BaseEventLoop.time to run twice as fast.',
    run: anyEnd,
    grade: failsFirst,
  },

  // exit
  {
    file: 'sys-exit-in-task.py',
    category: 'exit',
    attack: 'Calls sys.exit(0) from a task as soon as the downloads start.',
    run: anyEnd,
    grade: failsFirst,
  },
  {
    file: 'os-exit-in-callback.py',
    category: 'exit',
    attack: 'Calls os._exit(0) from a loop callback, ending the interpreter without any cleanup.',
    run: anyEnd,
    grade: failsFirst,
  },
  {
    file: 'sys-exit-in-done-callback.py',
    category: 'exit',
    attack: 'Raises SystemExit(3) from a done callback, where the loop itself runs it.',
    run: { status: ['error'] },
    grade: failsFirst,
  },
  {
    file: 'keyboard-interrupt-raised.py',
    category: 'exit',
    attack: 'Raises KeyboardInterrupt from a task, to look like a Stop.',
    run: { status: ['error', 'interrupted'] },
    grade: failsFirst,
  },
  {
    file: 'os-abort.py',
    category: 'exit',
    attack: 'Calls os.abort(), raising SIGABRT in the interpreter and whatever hosts it.',
    run: { status: ['error'] },
    grade: failsFirst,
  },
  {
    file: 'harness-stop-exception-forged.py',
    category: 'exit',
    attack: 'Raises the harness’s own stop exception (found via __subclasses__) with status "ok".',
    run: refused,
    grade: failsFirst,
  },

  // forged-grade
  {
    file: 'forge-print-expected-output.py',
    category: 'forged-grade',
    attack: 'Prints the expected output of the first exercise with sleeps adding up to 2.0 s.',
    run: anyEnd,
    grade: failsFirst,
  },
  {
    file: 'forge-expected-output-keeps-download.py',
    category: 'forged-grade',
    attack:
      'Keeps a working download() for the probe but prints the expected output on a timetable.',
    run: anyEnd,
    grade: failsFirst,
  },
  {
    file: 'forge-capture-record.py',
    category: 'forged-grade',
    attack: 'Rewrites the run’s record through the object behind sys.stdout: output and clock.',
    run: anyEnd,
    grade: failsFirst,
  },
  {
    file: 'forge-run-via-time-globals.py',
    category: 'forged-grade',
    attack:
      'Follows the patched time.perf_counter to the harness globals and rewrites the active run.',
    run: anyEnd,
    grade: failsFirst,
  },
  {
    file: 'forge-via-setprofile.py',
    category: 'forged-grade',
    attack: 'Catches a harness frame with sys.setprofile and rewrites the record it holds.',
    run: anyEnd,
    grade: failsFirst,
  },
  {
    file: 'forge-replace-evaluate-via-frame.py',
    category: 'forged-grade',
    attack:
      'Replaces the grader’s evaluation functions through a frame’s globals with always-pass ones.',
    run: anyEnd,
    grade: failsFirst,
  },
  {
    file: 'forge-monitoring-flip-tests.py',
    category: 'forged-grade',
    attack:
      'Registers a sys.monitoring return callback that flips the grader’s test results to pass.',
    run: anyEnd,
    grade: failsFirst,
  },
  {
    file: 'forge-worker-message.py',
    category: 'forged-grade',
    attack:
      'Posts a forged result/graded message to the host from JavaScript (parentPort, process.send).',
    run: refused,
    grade: failsFirst,
  },
  {
    file: 'forge-json-dumps.py',
    category: 'forged-grade',
    attack:
      'Replaces json.dumps, which serialises the harness’s answer, with one that forges a pass.',
    run: anyEnd,
    grade: failsFirst,
  },

  // persistence: plants and their victims
  plant('asyncio-sleep', 'Monkeypatches asyncio.sleep so that later programs sleep 0 s.'),
  starterVictim('asyncio-sleep'),
  plant('builtins-print', 'Replaces builtins.print and __import__ for every later program.'),
  solutionVictim('builtins-print'),
  plant(
    'json-dumps',
    'Replaces json.dumps and JSONEncoder.encode so later grades come out as pass.',
  ),
  starterVictim('json-dumps'),
  plant(
    'audit-hook',
    'Adds an audit hook that sees later programs’ code, leaks it and fails their checks.',
  ),
  solutionVictim('audit-hook'),
  plant('gc-callbacks', 'Adds a gc.callbacks entry that writes into later programs’ output.'),
  greetVictim('gc-callbacks'),
  plant('monitoring', 'Leaves a sys.monitoring tool that flips later grades’ tests to pass.'),
  starterVictim('monitoring'),
  plant(
    'captured-stream-class',
    'Wraps a method of the harness’s own stream class (the type of sys.stdout).',
  ),
  solutionVictim('captured-stream-class'),
  plant('loop-class', 'Wraps the event loop’s and the harness selector’s classes to delay timers.'),
  starterVictim('loop-class'),
  plant('sys-modules', 'Puts a look-alike asyncio module into sys.modules for later imports.'),
  greetVictim('sys-modules'),
  plant('stdlib-zip-overwrite', 'Overwrites the standard library archive, /lib/python3*.zip.'),
  {
    file: 'stdlib-zip-overwrite-victim.py',
    category: 'persistence',
    attack: 'An innocent program importing fractions and textwrap, run after the zip plant.',
    run: { status: ['ok'], stdout: '1/2\nasyncio runs [...]\n' },
    victim: { exercise: defaultExercise, expectGrade: 'fail' },
  },
  plant(
    'stdlib-asyncio-file',
    'Writes asyncio/__init__.py into the library folders and drops asyncio from sys.modules.',
  ),
  starterVictim('stdlib-asyncio-file'),
  plant(
    'harness-file-overwrite',
    'Appends planted code to the harness’s own .py files and removes their bytecode caches.',
  ),
  solutionVictim('harness-file-overwrite'),
  plant(
    'atexit',
    'Registers an atexit handler, also through a fresh import of atexit, to outlive the run.',
  ),
  greetVictim('atexit'),
  plant(
    'settrace',
    'Installs trace functions everywhere one can be set, the harness’s frames too.',
  ),
  greetVictim('settrace'),
  plant(
    'faulthandler',
    'Leaves faulthandler hooks: tracebacks on SIGINT and on a repeating timer.',
  ),
  greetVictim('faulthandler'),
  plant(
    'signal-itimer',
    'Leaves a SIGALRM handler on a repeating signal.setitimer / signal.alarm.',
  ),
  greetVictim('signal-itimer'),
  plant(
    'node-ipc-listener',
    'Adds a JavaScript message listener that answers every later job with a forged pass.',
    refused,
  ),
  starterVictim('node-ipc-listener'),
  plant(
    'snapshot-cache',
    'Overwrites the interpreter snapshot cache on the host’s disk from JavaScript.',
    refused,
  ),
  solutionVictim('snapshot-cache'),
  // Cache Storage and IndexedDB exist only in a browser; Node paths learn nothing new from it.
  {
    ...plant(
      'cache-storage',
      'Replaces what the page keeps in Cache Storage and IndexedDB (the cached snapshot).',
      refused,
    ),
    paths: ['browser'],
  },
  { ...starterVictim('cache-storage'), paths: ['browser'] },

  // hostile-output
  {
    file: 'output-html-script.py',
    category: 'hostile-output',
    paths: pageOnly,
    attack: 'Prints HTML <script> and <svg onload> tags for the page that shows the output.',
    run: { status: ['ok'], mustPrint: '<script>' },
  },
  {
    file: 'output-img-onerror.py',
    category: 'hostile-output',
    paths: pageOnly,
    attack: 'Prints <img onerror>, a javascript: link and an iframe srcdoc on stdout and stderr.',
    run: { status: ['ok'], mustPrint: '<img src=x onerror=' },
  },
  {
    file: 'output-ansi-escapes.py',
    category: 'hostile-output',
    attack: 'Prints ANSI escapes: clear screen, cursor moves, a title, an OSC 8 link, hidden text.',
    run: { status: ['ok'], mustPrint: 'All checks passed' },
  },
  {
    file: 'output-bidi-override.py',
    category: 'hostile-output',
    paths: pageOnly,
    attack: 'Prints bidi controls (U+202E, U+2066…) so the shown text reads differently.',
    run: { status: ['ok'], mustPrint: '\u202e' },
  },
  {
    file: 'output-1mb-single-line.py',
    category: 'hostile-output',
    attack: 'Prints a single line of a million characters.',
    run: { status: ['ok', 'output-limit'], mustPrint: 'WWWWWWWW' },
  },
  {
    file: 'output-nul-bytes.py',
    category: 'hostile-output',
    attack: 'Prints NUL bytes and other C0 control characters.',
    run: { status: ['ok'], mustPrint: 'before\u0000after' },
  },
  {
    file: 'output-lone-surrogates.py',
    category: 'hostile-output',
    attack: 'Prints lone UTF-16 surrogates, which are not valid Unicode text.',
    run: { status: ['ok', 'error'], mustPrint: 'still running' },
  },
  {
    file: 'output-fake-harness-verdict.py',
    category: 'hostile-output',
    attack: 'Prints a passing GradeResult as JSON and harness-like verdict lines.',
    run: { status: ['ok'], mustPrint: '"status": "pass"' },
    grade: failsFirst,
  },
  {
    file: 'output-html-in-traceback.py',
    category: 'hostile-output',
    paths: pageOnly,
    attack: 'Raises an uncaught exception whose message is HTML, for the traceback on the page.',
    run: { status: ['error'] },
  },
  {
    file: 'output-html-task-name.py',
    category: 'hostile-output',
    paths: pageOnly,
    attack: 'Names tasks with HTML and returns a result whose repr is HTML, for the timeline.',
    run: { status: ['ok'] },
  },
]

// ---- Loading -------------------------------------------------------------------------------

export const programsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'programs')

export class HostileCorpusError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the hostile corpus is inconsistent:\n- ${problems.join('\n- ')}`)
    this.name = 'HostileCorpusError'
  }
}

function roleOf(file: string): HostileRole {
  if (file.endsWith('-plant.py')) return 'plant'
  if (file.endsWith('-victim.py')) return 'victim'
  return 'attack'
}

/**
 * The validated manifest with every program's source. Throws HostileCorpusError naming every
 * problem at once: an entry the schema refuses, a listed file missing, a file not listed, a file
 * listed twice, a plant whose victim is missing or shared, a program without its header comment.
 */
export function loadHostileCorpus(
  manifest: readonly unknown[] = hostileManifest,
  dir: string = programsDir,
): HostileProgram[] {
  const problems: string[] = []
  const entries: HostileEntry[] = []
  manifest.forEach((raw, index) => {
    const parsed = HostileEntrySchema.safeParse(raw)
    if (parsed.success) entries.push(parsed.data)
    else {
      const name = (raw as { file?: unknown } | null)?.file
      const where = typeof name === 'string' ? name : `entry ${index}`
      for (const issue of parsed.error.issues) {
        problems.push(`${where}: ${issue.path.join('.') || '(entry)'}: ${issue.message}`)
      }
    }
  })
  const listed = new Map<string, HostileEntry>()
  for (const entry of entries) {
    if (listed.has(entry.file)) problems.push(`${entry.file}: listed twice`)
    listed.set(entry.file, entry)
  }
  const onDisk = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.py')) : []
  for (const name of onDisk) {
    if (!listed.has(name)) problems.push(`${name}: in programs/ but not in the manifest`)
  }
  const victimsClaimed = new Map<string, string>()
  for (const entry of entries) {
    if (!onDisk.includes(entry.file)) problems.push(`${entry.file}: listed but not in programs/`)
    if (entry.pairWith === undefined) continue
    const victim = listed.get(entry.pairWith)
    if (!victim?.victim) problems.push(`${entry.file}: its victim ${entry.pairWith} is not listed`)
    const other = victimsClaimed.get(entry.pairWith)
    if (other) problems.push(`${entry.pairWith}: victim of both ${other} and ${entry.file}`)
    victimsClaimed.set(entry.pairWith, entry.file)
    if (victim && victim.paths.join() !== entry.paths.join()) {
      problems.push(`${entry.file}: runs on other paths than its victim ${entry.pairWith}`)
    }
  }
  for (const entry of entries) {
    if (entry.victim && !victimsClaimed.has(entry.file)) {
      problems.push(`${entry.file}: a victim no plant pairs with`)
    }
  }
  const programs: HostileProgram[] = []
  for (const entry of entries) {
    const location = path.join(dir, entry.file)
    if (!onDisk.includes(entry.file)) continue
    const source = readFileSync(location, 'utf8')
    if (!source.startsWith('# ')) {
      problems.push(`${entry.file}: must start with a comment saying what it tries`)
    }
    programs.push({ ...entry, role: roleOf(entry.file), location, source })
  }
  if (problems.length) throw new HostileCorpusError(problems)
  return programs
}

/** Plants with their victims, in manifest order. */
export function hostilePairs(
  programs: readonly HostileProgram[],
): { plant: HostileProgram; victim: HostileProgram }[] {
  const byFile = new Map(programs.map((program) => [program.file, program]))
  return programs.flatMap((program) => {
    const victim = program.pairWith === undefined ? undefined : byFile.get(program.pairWith)
    return victim ? [{ plant: program, victim }] : []
  })
}

/**
 * What grading a non-victim program must give (the HTTP path grades everything it sends): its own
 * `grade`, or failing the default exercise. Victims are judged by `victim.expectGrade` instead.
 */
export function gradeExpectationFor(program: HostileEntry): GradeExpectation {
  if (program.victim) throw new Error(`${program.file} is a victim: use victim.expectGrade`)
  return program.grade ?? { exercise: defaultExercise, status: ['fail', 'error'] }
}

/** Does `stdout` satisfy `run.mustPrint` (one text, or any of several)? */
export function printsExpected(expectation: RunExpectation, stdout: string): boolean {
  const wanted = expectation.mustPrint
  if (wanted === undefined) return true
  return (typeof wanted === 'string' ? [wanted] : wanted).some((text) => stdout.includes(text))
}
