import { handleExerciseFile } from '@/lib/server/api/exercise-files'

export const runtime = 'nodejs'
export const dynamic = 'force-dynamic'

export async function GET(
  _request: Request,
  { params }: RouteContext<'/api/exercises/[id]/checks'>,
): Promise<Response> {
  return handleExerciseFile((await params).id, 'checks')
}
