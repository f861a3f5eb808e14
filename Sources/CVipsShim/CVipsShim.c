#include "CVipsShim.h"
#include <stdlib.h>
#include <string.h>
#include <vips/vips.h>
#include "VipsLibrary.h"

static void ignore_warning(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {
    (void)domain; (void)level; (void)message; (void)data;
}

int cb_vips_start(void) {
    if (!cb_vips_library_open()) return -1;
    if (VIPS_INIT("casebook") != 0) return -1;
    /* What fails reaches the author as an error through cb_vips_take_error; libvips' warnings
       about the same damaged file would only repeat it on stderr, out of place. */
    g_log_set_handler("VIPS", G_LOG_LEVEL_WARNING, ignore_warning, NULL);
    /* Images are processed one per core by the caller; libvips' own threads and its operation
       cache would only compete with that for the same cores and memory. */
    vips_concurrency_set(1);
    vips_cache_set_max(0);
    return 0;
}

int cb_vips_read_header(const char *path, cb_vips_header *header) {
    VipsImage *image = vips_image_new_from_file(path, "fail_on", VIPS_FAIL_ON_TRUNCATED, NULL);
    if (image == NULL) return -1;
    header->width = vips_image_get_width(image);
    header->height = vips_image_get_height(image);
    header->bands = vips_image_get_bands(image);
    header->has_alpha = vips_image_hasalpha(image);
    int orientation = 1;
    if (vips_image_get_typeof(image, VIPS_META_ORIENTATION) != 0 &&
        vips_image_get_int(image, VIPS_META_ORIENTATION, &orientation) != 0) orientation = 1;
    header->orientation = orientation;
    const char *loader = NULL;
    header->loader[0] = 0;
    if (vips_image_get_typeof(image, VIPS_META_LOADER) != 0 &&
        vips_image_get_string(image, VIPS_META_LOADER, &loader) == 0 && loader != NULL) {
        strncpy(header->loader, loader, sizeof header->loader - 1);
        header->loader[sizeof header->loader - 1] = 0;
    }
    g_object_unref(image);
    return 0;
}

/* Every metadata field (EXIF with GPS and serial numbers, XMP, IPTC, comments, ICC) leaves
   the image itself, so no saver can write it: libvips 8.14's webpsave ignores "strip". */
static void remove_metadata(VipsImage *image) {
    gchar **fields = vips_image_get_fields(image);
    for (int i = 0; fields[i] != NULL; i++) vips_image_remove(image, fields[i]);
    g_strfreev(fields);
}

void *cb_vips_thumbnail(const char *path, int width) {
    VipsImage *thumbnail = NULL;
    /* thumbnail shrinks while decoding where the format allows (JPEG, WebP, HEIC), applies
       the orientation and imports an embedded colour profile; "down" never enlarges. */
    if (vips_thumbnail(path, &thumbnail, width, "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN,
                       "fail_on", VIPS_FAIL_ON_TRUNCATED, NULL) != 0) return NULL;
    VipsInterpretation interpretation = vips_image_get_interpretation(thumbnail);
    if (interpretation != VIPS_INTERPRETATION_sRGB && interpretation != VIPS_INTERPRETATION_B_W) {
        VipsImage *converted = NULL;
        int failed = vips_colourspace(thumbnail, &converted, VIPS_INTERPRETATION_sRGB, NULL);
        g_object_unref(thumbnail);
        if (failed != 0) return NULL;
        thumbnail = converted;
    }
    if (vips_image_get_format(thumbnail) != VIPS_FORMAT_UCHAR) {
        VipsImage *cast = NULL;
        int failed = vips_cast_uchar(thumbnail, &cast, "shift", TRUE, NULL);
        g_object_unref(thumbnail);
        if (failed != 0) return NULL;
        thumbnail = cast;
    }
    /* Decode now, once: every format written from it reads the same pixels. */
    VipsImage *memory = vips_image_copy_memory(thumbnail);
    g_object_unref(thumbnail);
    if (memory != NULL) remove_metadata(memory);
    return memory;
}

void *cb_vips_resize(void *pointer, int width) {
    VipsImage *image = (VipsImage *)pointer;
    VipsImage *resized = NULL;
    if (vips_thumbnail_image(image, &resized, width, "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN,
                             "no_rotate", TRUE, NULL) != 0) return NULL;
    VipsImage *memory = vips_image_copy_memory(resized);
    g_object_unref(resized);
    return memory;
}

void cb_vips_size(void *image, int *width, int *height) {
    *width = vips_image_get_width((VipsImage *)image);
    *height = vips_image_get_height((VipsImage *)image);
}

int cb_vips_encode(void *pointer, int format, int quality, int effort, void **data, size_t *length) {
    VipsImage *image = (VipsImage *)pointer;
    switch (format) {
    case CB_VIPS_JPEG: {
        VipsImage *flat = image;
        if (vips_image_hasalpha(image)) {
            VipsArrayDouble *white = vips_array_double_newv(1, 255.0);
            int failed = vips_flatten(image, &flat, "background", white, NULL);
            vips_area_unref(VIPS_AREA(white));
            if (failed != 0) return -1;
        }
        int result = vips_jpegsave_buffer(flat, data, length, "Q", quality, "strip", TRUE,
                                          "optimize_coding", TRUE, "interlace", TRUE, NULL);
        if (flat != image) g_object_unref(flat);
        return result;
    }
    case CB_VIPS_WEBP:
        return vips_webpsave_buffer(image, data, length, "Q", quality, "effort", effort, "strip", TRUE, NULL);
    case CB_VIPS_PNG:
        return vips_pngsave_buffer(image, data, length, "strip", TRUE, NULL);
    default:
        vips_error("casebook", "unknown output format %d", format);
        return -1;
    }
}

void cb_vips_release(void *image) { g_object_unref((VipsImage *)image); }

/* Before libvips opened, messages come from strdup. */
void cb_vips_free(void *pointer) {
    if (cb_vips_library_open()) g_free(pointer); else free(pointer);
}

char *cb_vips_take_error(void) {
    if (!cb_vips_library_open()) return strdup(cb_vips_library_error());
    char *message = g_strdup(vips_error_buffer());
    vips_error_clear();
    return message;
}
