import { ClockIcon, PlayIcon, ShieldCheckIcon } from '@/components/ui/icons'

const reasons = [
  {
    icon: PlayIcon,
    title: 'Run every example',
    body: 'Each example is a real program. Run it, change a line, break it on purpose and see what asyncio does. Python runs right in your browser, so there is nothing to install.',
  },
  {
    icon: ClockIcon,
    title: 'See time, not guesses',
    body: 'A virtual clock makes ten seconds of sleeping finish at once, with exact timestamps. You see which task ran when, and a blocking call shows up as exactly what it is.',
  },
  {
    icon: ShieldCheckIcon,
    title: 'Outputs you can trust',
    body: 'The output under each example is checked against a real run on every build. Where popular tutorials get asyncio wrong, the lesson runs their code and shows what really happens.',
  },
] as const

export function WhyRunIt() {
  return (
    <ul className="grid gap-4 md:grid-cols-3">
      {reasons.map(({ icon: Icon, title, body }) => (
        <li key={title} className="rounded-xl border border-line bg-page p-5">
          <Icon className="size-6 text-accent" />
          <h3 className="mt-3 font-semibold">{title}</h3>
          <p className="mt-1 text-sm leading-relaxed text-ink-muted">{body}</p>
        </li>
      ))}
    </ul>
  )
}
