/** The media type of an image format the API names (`png`, `jpeg`, `webp`); PNG, its default, when it names none. */
export function imageMediaType(format: string | null | undefined): string {
  return `image/${format || 'png'}`;
}
