import { handleProgress } from '@/lib/server/api/progress'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

export function GET(request: Request): Promise<Response> {
  return handleProgress(request)
}
