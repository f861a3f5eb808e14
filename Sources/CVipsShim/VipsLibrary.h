#ifndef CVIPSSHIM_VIPS_LIBRARY_H
#define CVIPSSHIM_VIPS_LIBRARY_H
/* libvips is opened when the first image is processed, not when casebook starts: linked, it
   and the ~70 libraries it needs (GLib, cairo, HDF5, OpenEXR, X11, curl…) were loaded and
   relocated by every command, a build without images included — about 60 million cycles and
   several MB per start. Include after <vips/vips.h>, in CVipsShim.c only.

   Every libvips or GLib function CVipsShim.c calls is listed in CB_VIPS_FUNCTIONS: the macros
   below turn each call into a call through a pointer found by dlsym. A function missing from
   the list is an "undefined reference" when linking casebook: add it here. */
#include <stdbool.h>

#define CB_VIPS_FUNCTIONS(X) \
    X(g_free) X(g_log) X(g_log_set_handler) X(g_object_unref) X(g_strdup) X(g_strfreev) \
    X(vips_area_unref) X(vips_array_double_newv) X(vips_cache_set_max) X(vips_cast_uchar) \
    X(vips_colourspace) X(vips_concurrency_set) X(vips_error) X(vips_error_buffer) \
    X(vips_error_clear) X(vips_flatten) X(vips_image_copy_memory) X(vips_image_get_bands) \
    X(vips_image_get_fields) X(vips_image_get_format) X(vips_image_get_height) \
    X(vips_image_get_int) X(vips_image_get_interpretation) X(vips_image_get_string) \
    X(vips_image_get_typeof) X(vips_image_get_width) X(vips_image_hasalpha) \
    X(vips_image_new_from_file) X(vips_image_remove) X(vips_init) X(vips_jpegsave_buffer) \
    X(vips_pngsave_buffer) X(vips_thumbnail) X(vips_thumbnail_image) X(vips_version) \
    X(vips_webpsave_buffer)

/* The functions' addresses, each typed as the function it stands for. */
struct cb_vips_library {
#define CB_VIPS_FIELD(name) __typeof__(&name) name;
    CB_VIPS_FUNCTIONS(CB_VIPS_FIELD)
#undef CB_VIPS_FIELD
};
extern struct cb_vips_library cb_vips;

/* Opens libvips and finds every function once per process; true when all were found. When
   not, cb_vips_library_error() says why (a static string). */
bool cb_vips_library_open(void);
const char *cb_vips_library_error(void);

#ifndef CB_VIPS_LIBRARY_SOURCE
/* From here on, `vips_thumbnail(…)` means `(*cb_vips.vips_thumbnail)(…)`. A macro is not
   expanded again inside its own expansion, so the name in `cb_vips.name` stays a field. */
#define g_free (*cb_vips.g_free)
#define g_log (*cb_vips.g_log)
#define g_log_set_handler (*cb_vips.g_log_set_handler)
#define g_object_unref (*cb_vips.g_object_unref)
#define g_strdup (*cb_vips.g_strdup)
#define g_strfreev (*cb_vips.g_strfreev)
#define vips_area_unref (*cb_vips.vips_area_unref)
#define vips_array_double_newv (*cb_vips.vips_array_double_newv)
#define vips_cache_set_max (*cb_vips.vips_cache_set_max)
#define vips_cast_uchar (*cb_vips.vips_cast_uchar)
#define vips_colourspace (*cb_vips.vips_colourspace)
#define vips_concurrency_set (*cb_vips.vips_concurrency_set)
#define vips_error (*cb_vips.vips_error)
#define vips_error_buffer (*cb_vips.vips_error_buffer)
#define vips_error_clear (*cb_vips.vips_error_clear)
#define vips_flatten (*cb_vips.vips_flatten)
#define vips_image_copy_memory (*cb_vips.vips_image_copy_memory)
#define vips_image_get_bands (*cb_vips.vips_image_get_bands)
#define vips_image_get_fields (*cb_vips.vips_image_get_fields)
#define vips_image_get_format (*cb_vips.vips_image_get_format)
#define vips_image_get_height (*cb_vips.vips_image_get_height)
#define vips_image_get_int (*cb_vips.vips_image_get_int)
#define vips_image_get_interpretation (*cb_vips.vips_image_get_interpretation)
#define vips_image_get_string (*cb_vips.vips_image_get_string)
#define vips_image_get_typeof (*cb_vips.vips_image_get_typeof)
#define vips_image_get_width (*cb_vips.vips_image_get_width)
#define vips_image_hasalpha (*cb_vips.vips_image_hasalpha)
#define vips_image_new_from_file (*cb_vips.vips_image_new_from_file)
#define vips_image_remove (*cb_vips.vips_image_remove)
#define vips_init (*cb_vips.vips_init)
#define vips_jpegsave_buffer (*cb_vips.vips_jpegsave_buffer)
#define vips_pngsave_buffer (*cb_vips.vips_pngsave_buffer)
#define vips_thumbnail (*cb_vips.vips_thumbnail)
#define vips_thumbnail_image (*cb_vips.vips_thumbnail_image)
#define vips_version (*cb_vips.vips_version)
#define vips_webpsave_buffer (*cb_vips.vips_webpsave_buffer)
#endif

#endif
