import type { ComponentPropsWithoutRef } from 'react'

type HeadingProps = ComponentPropsWithoutRef<'h2'>

function anchored(Tag: 'h2' | 'h3') {
  function AnchoredHeading({ id, children, ...rest }: HeadingProps) {
    return (
      <Tag id={id} className="group scroll-mt-20" {...rest}>
        {children}
        {id && (
          <a
            href={`#${id}`}
            aria-label="Link to this section"
            className="ml-2 font-normal text-ink-muted no-underline opacity-0 group-hover:opacity-100 focus:opacity-100"
          >
            #
          </a>
        )}
      </Tag>
    )
  }
  AnchoredHeading.displayName = `Anchored${Tag.toUpperCase()}`
  return AnchoredHeading
}

/** ## and ###: ids come from the remark plugin (github-slugger), shared with the TOC. */
export const SectionHeading = anchored('h2')
export const SubsectionHeading = anchored('h3')
