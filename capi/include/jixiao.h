/*
 * jixiao.h — the stable C ABI of jixiao (绩效), the budget performance management library.
 *
 * Conventions (docs/abi.md has the full policy):
 *  - Every function whose name does not say otherwise returns an int status: JX_OK (0) on success,
 *    a negative JX_E_* code on failure. Details of the last failure on this thread come from
 *    jx_last_error().
 *  - Strings in are UTF-8 as (pointer, length in bytes); a NULL pointer is accepted only with
 *    length 0 (the empty text). Invalid UTF-8 is JX_E_INVALID_UTF8. Texts longer than
 *    JX_MAX_TEXT_BYTES are JX_E_LIMIT.
 *  - Strings out are either owned by the handle they came from (valid until that handle changes or
 *    is freed) or returned as a char * that the caller frees with jx_free(). Each function says which.
 *    Every returned string is NUL-terminated UTF-8; functions that can return text with NUL bytes
 *    also return its length.
 *  - Handles are opaque. jx_X_free(NULL) does nothing. A NULL handle or NULL out-pointer where one
 *    is required is JX_E_INVALID_ARGUMENT; a handle of the wrong kind is JX_E_WRONG_HANDLE.
 *  - On failure, out-parameters are left untouched unless documented otherwise.
 *  - No C++ exception ever leaves a jx_ function.
 *  - Thread safety: functions without a handle are safe from any thread. Immutable handles
 *    (decimals, compiled formulas, policies) may be shared by any number of threads. Document
 *    handles are single-writer: one thread at a time may call functions on the same document.
 *    The last error is per thread.
 */
#ifndef JIXIAO_H
#define JIXIAO_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(JIXIAO_BUILDING_LIBRARY)
#define JX_API __attribute__((visibility("default")))
#else
#define JX_API
#endif

/* ---------------------------------------------------------------------------------------------
 * Version
 * ------------------------------------------------------------------------------------------- */

#define JX_VERSION_MAJOR 1
#define JX_VERSION_MINOR 0
#define JX_VERSION_PATCH 0
/** MAJOR * 10000 + MINOR * 100 + PATCH: 10000 for 1.0.0. */
#define JX_VERSION_NUMBER (JX_VERSION_MAJOR * 10000 + JX_VERSION_MINOR * 100 + JX_VERSION_PATCH)
#define JX_VERSION_STRING "1.0.0"

/** The version number of the loaded library (JX_VERSION_NUMBER of the headers it was built with). */
JX_API int jx_version_number(void);
/** The version of the loaded library as "MAJOR.MINOR.PATCH". Static storage: never free it. */
JX_API const char *jx_version_string(void);
/**
 * Checks that the loaded library can serve a program compiled against headers of version
 * `header_version_number`: same major version and a library at least as new.
 * Returns JX_OK or JX_E_VERSION_MISMATCH (with a message naming both versions).
 * Call it as JX_CHECK_VERSION() once at start-up.
 */
JX_API int jx_check_version(int header_version_number);
#define JX_CHECK_VERSION() jx_check_version(JX_VERSION_NUMBER)

/* ---------------------------------------------------------------------------------------------
 * Errors
 * ------------------------------------------------------------------------------------------- */

#define JX_OK 0
#define JX_E_INVALID_ARGUMENT (-1) /**< NULL where a value is required, out-of-range option, … */
#define JX_E_PARSE (-2)            /**< text could not be read (number, 指标值, formula, JSON) */
#define JX_E_OVERFLOW (-3)         /**< a result does not fit the exact representation */
#define JX_E_DIVISION_BY_ZERO (-4)
#define JX_E_INVALID_UTF8 (-5)
#define JX_E_LIMIT (-6)           /**< input longer or deeper than a documented bound */
#define JX_E_DOCUMENT (-7)        /**< valid JSON, but not a valid document (see json_path) */
#define JX_E_FORMULA (-8)         /**< a formula cannot be evaluated as asked */
#define JX_E_MISSING_VALUE (-9)   /**< a needed value is missing */
#define JX_E_UNIT_MISMATCH (-10)  /**< quantities in units that cannot be compared */
#define JX_E_POLICY (-11)         /**< an invalid policy */
#define JX_E_IO (-12)             /**< a file could not be read or written */
#define JX_E_NOMEM (-13)          /**< out of memory */
#define JX_E_INTERNAL (-14)       /**< a bug in jixiao: please report it with the message */
#define JX_E_WRONG_HANDLE (-15)   /**< a handle of another kind (or a freed one) was passed */
#define JX_E_VERSION_MISMATCH (-16)
#define JX_E_OUT_OF_RANGE (-17)   /**< an index past the end of a list */

/**
 * The details of the last failure on the calling thread. Fields are only ever appended in later
 * versions. The strings are owned by the library and stay valid until the next jx_ call on the
 * same thread that fails (successful calls leave the last error as it was).
 */
typedef struct jx_error {
  int code;                /**< the JX_E_* code, JX_OK when no error happened on this thread */
  const char *message;     /**< "中文 / English" in one line, with the location */
  const char *message_zh;  /**< Chinese only */
  const char *message_en;  /**< English only */
  int64_t byte_offset;     /**< 0-based byte offset into the input text, or -1 */
  int64_t char_offset;     /**< 0-based offset in Unicode code points, or -1 */
  const char *json_path;   /**< JSON Pointer of the offending member ("" when not a document) */
} jx_error;

/** Never NULL. Thread-local. */
JX_API const jx_error *jx_last_error(void);
/** Resets the calling thread's last error to JX_OK. */
JX_API void jx_clear_error(void);
/** A short English description of a code ("parse error"). Static storage; never NULL. */
JX_API const char *jx_error_string(int code);
/** The same description in Chinese ("解析错误"). Static storage; never NULL. */
JX_API const char *jx_error_string_zh(int code);

/** Largest text, in bytes, that any jx_ function accepts (64 MiB). */
#define JX_MAX_TEXT_BYTES (64UL * 1024UL * 1024UL)

/* ---------------------------------------------------------------------------------------------
 * Memory
 * ------------------------------------------------------------------------------------------- */

/** Frees a char * (or any buffer) that a jx_ function returned for the caller to free. NULL is fine. */
JX_API void jx_free(void *memory);

/* ---------------------------------------------------------------------------------------------
 * Decimal — exact numbers for money and ratios (never round through double)
 *
 * A jx_decimal is immutable: every operation returns a new handle, freed with jx_decimal_free.
 * Limits: 38 significant digits, at most 38 fractional digits (docs/decimal.md).
 * ------------------------------------------------------------------------------------------- */

typedef struct jx_decimal jx_decimal;

/** Rounding modes (values are stable). JX_ROUND_HALF_UP is 四舍五入, the default everywhere. */
#define JX_ROUND_HALF_UP 0
#define JX_ROUND_HALF_EVEN 1
#define JX_ROUND_HALF_DOWN 2
#define JX_ROUND_DOWN 3
#define JX_ROUND_UP 4
#define JX_ROUND_CEILING 5
#define JX_ROUND_FLOOR 6

/**
 * Reads "1163.71", "-0.5", "1,163.71", "１２３．４５" (docs/decimal.md lists the accepted forms).
 * On success *out receives a new handle. Errors: JX_E_INVALID_ARGUMENT (out NULL, or text NULL with
 * len > 0), JX_E_INVALID_UTF8, JX_E_PARSE (byte_offset names the offending character), JX_E_OVERFLOW.
 */
JX_API int jx_decimal_parse(const char *text, size_t len, jx_decimal **out);
/** A decimal from an integer. */
JX_API int jx_decimal_from_int64(int64_t value, jx_decimal **out);
/** Frees a decimal. NULL is fine. */
JX_API void jx_decimal_free(jx_decimal *value);

/** Shortest exact text ("1163.71"). *out is a new string: free it with jx_free. */
JX_API int jx_decimal_to_string(const jx_decimal *value, char **out);
/** Text with exactly `scale` fractional digits (0 … 38), rounded with `rounding` (JX_ROUND_*). */
JX_API int jx_decimal_to_fixed(const jx_decimal *value, int scale, int rounding, char **out);

/** a + b, a − b, a × b: exact; JX_E_OVERFLOW when the exact result does not fit. */
JX_API int jx_decimal_add(const jx_decimal *a, const jx_decimal *b, jx_decimal **out);
JX_API int jx_decimal_sub(const jx_decimal *a, const jx_decimal *b, jx_decimal **out);
JX_API int jx_decimal_mul(const jx_decimal *a, const jx_decimal *b, jx_decimal **out);
/** a ÷ b rounded to `scale` fractional digits (0 … 38) with `rounding`. JX_E_DIVISION_BY_ZERO. */
JX_API int jx_decimal_div(const jx_decimal *a, const jx_decimal *b, int scale, int rounding,
                          jx_decimal **out);
/** Rounds to at most `scale` fractional digits: round(2.345, 2) = 2.35 with JX_ROUND_HALF_UP. */
JX_API int jx_decimal_round(const jx_decimal *value, int scale, int rounding, jx_decimal **out);
/** −a. */
JX_API int jx_decimal_negate(const jx_decimal *value, jx_decimal **out);
/** *out = −1, 0 or 1 as a <, =, > b (numerically: 1.10 equals 1.1). */
JX_API int jx_decimal_compare(const jx_decimal *a, const jx_decimal *b, int *out);
/** The nearest double, for display only. */
JX_API int jx_decimal_to_double(const jx_decimal *value, double *out);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* JIXIAO_H */
