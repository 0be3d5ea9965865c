'use client'

/**
 * The free sandbox at /playground: any program, with everything an example has (editor, output,
 * replay, timeline), kept in this browser and shareable by link. A shared link never runs by itself.
 */
import { useEffect, useMemo } from 'react'
import { pageRuntime } from '../runtime/page-runtime'
import { SandboxView } from '../sandbox'
import { playgroundCodeKey } from '../storage/saved-code'
import { useSavedCode } from '../use-saved-code'
import { SharePanel, ShareButton, useShare } from './share-panel'
import { SharedNotice } from './shared-notice'
import { starterProgram } from './starter'
import { useSharedLink } from './use-shared-link'

export function Playground() {
  const saved = useSavedCode(playgroundCodeKey, starterProgram)
  const link = useSharedLink(saved)
  const { shared, share, close } = useShare(saved.code)
  // Edits go through the shared-link logic, which adopts a shared program on its first edit.
  const state = useMemo(() => ({ ...saved, setCode: link.edit }), [saved, link.edit])
  // A program from someone else's link (as shown, or edited from there) runs in a worker that is
  // replaced after each run: nothing it does outlives it into the reader's own runs.
  const foreign = link.state.kind === 'shown' || link.state.kind === 'adopted'
  useEffect(() => {
    pageRuntime().setForeign(foreign)
    return () => pageRuntime().setForeign(false)
  }, [foreign])

  return (
    <div className="sandbox-tall overflow-hidden rounded-lg border border-line bg-surface example-frame">
      <SandboxView
        saved={state}
        original={starterProgram}
        eager
        workspaceId="playground"
        label="Playground code"
        title={<span className="font-mono text-xs text-ink-muted">main.py</span>}
        actions={<ShareButton onShare={() => void share()} />}
        notice={
          <>
            <SharePanel shared={shared} onClose={close} />
            <SharedNotice
              state={link.state}
              onBack={link.backToOwn}
              onRestore={link.restoreEarlier}
              onDismiss={link.dismiss}
            />
          </>
        }
        staticOutput={
          <p className="border-t border-line px-4 py-3 text-sm text-ink-muted">
            Press Run to see what it prints, how long it took on the event loop’s clock, and a
            timeline of every task.
          </p>
        }
      />
    </div>
  )
}
