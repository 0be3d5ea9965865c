import { handleGrade } from '@/lib/server/api/grade'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

export function POST(request: Request): Promise<Response> {
  return handleGrade(request)
}
