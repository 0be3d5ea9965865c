/**
 * Why a workspace could not start, in words a learner can act on. Every way a boot can fail ends
 * in one of these, shown in place of the terminal with "Run it here instead" (never a blank panel).
 */
export type UnavailableReason =
  | 'not-isolated'
  | 'unsupported-browser'
  | 'offline'
  | 'unreachable'
  | 'boot-failed'
  | 'boot-timeout'
  | 'files-missing'

const headlines: Record<UnavailableReason, string> = {
  'not-isolated': 'This page is not cross-origin isolated',
  'unsupported-browser': 'This browser cannot run a workspace',
  offline: 'You are offline',
  unreachable: 'StackBlitz cannot be reached from this page',
  'boot-failed': 'The workspace failed to start',
  'boot-timeout': 'The workspace took over 20 seconds to start',
  'files-missing': 'This site could not send the workspace’s files',
}

const explanations: Record<UnavailableReason, string> = {
  'not-isolated':
    'A workspace needs SharedArrayBuffer, which browsers give only to pages served with the ' +
    'Cross-Origin-Opener-Policy and Cross-Origin-Embedder-Policy headers.',
  'unsupported-browser':
    'Workspaces run in a WebContainer from StackBlitz, which needs a desktop Chromium-based ' +
    'browser, or a recent Firefox or Safari with the features it uses.',
  offline: 'A workspace boots from stackblitz.com, so it needs a network connection.',
  unreachable:
    'A workspace boots from stackblitz.com, and the request to it failed: this network, a ' +
    'firewall or a content blocker may stop it.',
  'boot-failed': 'StackBlitz answered, but the WebContainer did not boot.',
  'boot-timeout': 'StackBlitz did not finish starting the WebContainer in time.',
  'files-missing': 'The runtime package or Pyodide did not download from this site.',
}

export class WorkspaceUnavailable extends Error {
  readonly reason: UnavailableReason
  /** What exactly failed (a browser's error message, the phase that was running). */
  readonly detail: string | null

  constructor(reason: UnavailableReason, detail: string | null = null) {
    super(detail ? `${headlines[reason]}: ${detail}` : headlines[reason])
    this.name = 'WorkspaceUnavailable'
    this.reason = reason
    this.detail = detail
  }

  get headline(): string {
    return headlines[this.reason]
  }

  get explanation(): string {
    return explanations[this.reason]
  }
}
