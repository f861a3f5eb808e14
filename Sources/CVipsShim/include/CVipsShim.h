#ifndef CVIPSSHIM_H
#define CVIPSSHIM_H
#include <stddef.h>

/// Fixed-argument wrappers over libvips' variadic calls, which Swift cannot make. The header
/// names no libvips type, so Swift never parses the GLib headers.

/// What an image's header says, before any pixel is decoded.
typedef struct {
    int width;            /* as stored, before orientation */
    int height;
    int bands;
    int has_alpha;
    int orientation;      /* EXIF orientation 1...8 (1 when absent) */
    char loader[48];      /* libvips' loader, e.g. "jpegload" */
} cb_vips_header;

/// Output formats of cb_vips_encode.
enum { CB_VIPS_JPEG = 0, CB_VIPS_WEBP = 1, CB_VIPS_PNG = 2 };

/// Starts libvips once per process; 0 on success.
int cb_vips_start(void);

/// Reads the header of the image file at `path`; 0 on success.
int cb_vips_read_header(const char *path, cb_vips_header *header);

/// An opaque decoded image: the file at `path` shrunk to `width` pixels wide (never enlarged),
/// turned upright by its EXIF orientation and converted to sRGB; NULL on failure.
void *cb_vips_thumbnail(const char *path, int width);

/// A copy of `image` shrunk to `width` pixels wide (never enlarged), decoded; NULL on failure.
void *cb_vips_resize(void *image, int width);

/// The image's size in pixels.
void cb_vips_size(void *image, int *width, int *height);

/// Encodes `image` with all metadata removed into a buffer freed by cb_vips_free; 0 on success.
/// `effort` (0-6) is WebP's; the other formats ignore it.
int cb_vips_encode(void *image, int format, int quality, int effort, void **data, size_t *length);

/// Releases an image from cb_vips_thumbnail.
void cb_vips_release(void *image);

/// Frees a buffer or message from these functions.
void cb_vips_free(void *pointer);

/// libvips' last error messages (freed by cb_vips_free), clearing them; never NULL.
char *cb_vips_take_error(void);

#endif
