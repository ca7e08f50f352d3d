/** Every address the site publishes, in one place: these are promises to people who link to us. */
export const answerPath = (id: string) => `/answers/${id}/`;
export const documentPath = (id: string) => `/documents/${id}/`;
export const councilPath = (id: string) => `/councils/${id}/`;
export const themePath = (id: string) => `/themes/${id}/`;
export const glossaryPath = (id?: string) => (id ? `/glossary/#${id}` : '/glossary/');
/** The anchor of an answer on its document page. */
export const answerAnchor = (order: number) => `q${order}`;
