/** The Share action and the state download, each loading the link encoder (and its deflate) when first used. */
const actions = () => import('./shareActions');

export const shareCurrentState = async () => (await actions()).shareCurrentState();
export const downloadStateFile = async () => (await actions()).downloadStateFile();
