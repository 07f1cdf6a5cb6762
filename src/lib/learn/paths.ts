/** Routes of the training path, through withBase like every internal link. */
import { withBase } from '../site/paths';

export const learnPath = () => withBase('/learn/');
export const learnChapterPath = (chapterId: string) => withBase(`/learn/${chapterId}/`);
export const exercisePath = (exerciseId: string) => withBase(`/learn/exercises/${exerciseId}/`);
export const certificatePath = () => withBase('/learn/certificate/');
