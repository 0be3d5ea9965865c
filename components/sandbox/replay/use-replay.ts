'use client'

import { useEffect, useState, useSyncExternalStore } from 'react'
import { ReplayController } from './replay-controller'

/** One replay controller per run result; disposed when the result changes or the panel goes. */
export function useReplayController(
  events: readonly { t: number }[],
  runSeconds: number,
): ReplayController {
  const [controller, setController] = useState(() => new ReplayController(events, runSeconds))
  const [source, setSource] = useState(events)
  if (source !== events) {
    // A new run: start from its instant output (React's "adjust state while rendering").
    setSource(events)
    setController(new ReplayController(events, runSeconds))
  }
  useEffect(() => () => controller.dispose(), [controller])
  return controller
}

/** Re-renders only when the selected part of the replay state changes. */
export function useReplayValue<T extends string | number | boolean>(
  controller: ReplayController,
  select: (state: ReturnType<ReplayController['getSnapshot']>) => T,
): T {
  const read = () => select(controller.getSnapshot())
  return useSyncExternalStore(controller.subscribe, read, read)
}
