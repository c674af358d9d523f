// The generated functions and resource classes, and the hand-written helpers beside them.

export { createVideoAndPoll } from './create-video-and-poll.js';
export { editVideoAndPoll } from './edit-video-and-poll.js';
export { extendVideoAndPoll } from './extend-video-and-poll.js';
export * from './generated/index.js';
export { remixVideoAndPoll } from './remix-video-and-poll.js';
export { VideoFailedError } from './video-failed-error.js';
export { type VideoWaitOptions, waitForVideo } from './wait-for-video.js';
