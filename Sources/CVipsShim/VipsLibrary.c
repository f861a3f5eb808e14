#include <dlfcn.h>
#include <pthread.h>
#include <vips/vips.h>
#define CB_VIPS_LIBRARY_SOURCE
#include "VipsLibrary.h"

struct cb_vips_library cb_vips;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static bool opened = false;
static const char *problem = "libvips was not opened";

static void open_library(void) {
    /* Debian 12's libvips 8.14; a library's dependencies are searched by dlsym too. */
    void *library = dlopen("libvips.so.42", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        problem = "libvips.so.42 could not be opened (is libvips42 installed? scripts/install-system-packages.sh installs it)";
        return;
    }
#define CB_VIPS_FIND(name) \
    cb_vips.name = (__typeof__(cb_vips.name))dlsym(library, #name); \
    if (cb_vips.name == NULL) { problem = "libvips.so.42 lacks the function " #name; return; }
    CB_VIPS_FUNCTIONS(CB_VIPS_FIND)
#undef CB_VIPS_FIND
    opened = true;
}

bool cb_vips_library_open(void) {
    pthread_once(&once, open_library);
    return opened;
}

const char *cb_vips_library_error(void) { return problem; }
