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

/* ---------------------------------------------------------------------------------------------
 * JSON reading options
 * ------------------------------------------------------------------------------------------- */

#define JX_JSON_OPTIONS_VERSION 1

/**
 * Bounds on untrusted JSON (documents and policies). Initialise with JX_JSON_OPTIONS_INIT and
 * change what you need; pass NULL wherever an options pointer is taken to use the defaults.
 */
typedef struct jx_json_options {
  int version;      /**< JX_JSON_OPTIONS_VERSION of the header the caller was compiled with */
  size_t max_bytes; /**< largest text accepted, 1 … JX_MAX_TEXT_BYTES (default 64 MiB) */
  size_t max_depth; /**< deepest nesting of arrays and objects, 1 … 10000 (default 64) */
} jx_json_options;

#define JX_JSON_OPTIONS_INIT {JX_JSON_OPTIONS_VERSION, JX_MAX_TEXT_BYTES, 64}

/* ---------------------------------------------------------------------------------------------
 * Fields — the accessor pattern shared by every handle kind
 *
 * Rows of a handle are reached through collections (JX_KEY_TASKS, JX_INDICATORS, …) and their
 * values through field ids: field = collection * 100 + n. The document itself is a collection of
 * one row (JX_DECLARATION_ROOT, …): pass row 0 for its fields. Every handle kind that has fields
 * offers the same functions, named jx_<kind>_<operation>:
 *
 *   count(h, collection, &n)                     rows of a collection
 *   get_text(h, field, row, &text, &len)         any field, as text (see below)
 *   get_int(h, field, row, &value)               integer and boolean fields
 *   get_decimal(h, field, row, &decimal)         decimal fields
 *   and, for documents (mutable handles):
 *   set_text / set_int / set_decimal / clear     write a field (clear: make an optional one absent)
 *   add_row / insert_row / remove_row            grow and shrink a collection
 *
 * Text forms: texts as written; decimals as their exact text at the scale they were written with
 * ("13831.00" stays "13831.00"; set_text accepts every form jx_decimal_parse reads); enumerations
 * as their JSON name ("department", "plan"; set_text also accepts the form label "项目支出",
 * "计划标准"); amount units as "万元" / "元"; integers in decimal ("2023"); booleans "true" /
 * "false"; lists of enumerations as names joined by ", " (set_text also splits on "，" and "、").
 *
 * Errors common to all of them: JX_E_INVALID_ARGUMENT for a NULL handle or out-pointer, a field
 * id the handle kind does not have, an operation the field does not support (get_int on a text,
 * clear on a required field, set on a computed field), or a value outside the field's range;
 * JX_E_WRONG_HANDLE; JX_E_OUT_OF_RANGE for a row past the end (row must be 0 for a root field);
 * JX_E_PARSE / JX_E_OVERFLOW for a decimal text that is not a number; JX_E_INVALID_UTF8 and
 * JX_E_LIMIT for text arguments. Errors about a value carry the field's JSON Pointer in
 * jx_last_error()->json_path ("/indicators/3/weight").
 *
 * Ownership of texts read: owned by the handle; valid until the handle is changed (any set_,
 * clear, add_row, insert_row, remove_row call) or freed. An absent optional field reads as
 * *text == NULL and *len == 0 with JX_OK; an empty text as "" and 0. `len` may be NULL.
 * ------------------------------------------------------------------------------------------- */

/** The stable identifier of a field id ("annual_target", "department_name"), or NULL for an
 *  unknown id. Static storage. Any thread. */
JX_API const char *jx_field_name(int field);

/* ---------------------------------------------------------------------------------------------
 * Documents — declaration (申报表), self-evaluation (自评表), monitoring report (监控表)
 *
 * JSON is the format of docs/data-format.md ("schema": "jixiao.declaration/1", …). Reading is
 * strict (errors carry a JSON Pointer or a byte offset); unknown members (ERP extensions) are kept
 * and written back. Writing gives the normal form (2-space indented UTF-8, final newline).
 *
 * Thread safety: a document handle is single-writer. One thread at a time may call any function
 * on it, except that functions documented "read-only" (to_json, clone, review, score, monitor)
 * may run on the same document from several threads at once as long as no thread changes it.
 * ------------------------------------------------------------------------------------------- */

typedef struct jx_declaration jx_declaration;
typedef struct jx_self_evaluation jx_self_evaluation;
typedef struct jx_monitoring_report jx_monitoring_report;

/** Document kinds, as reported by jx_document_kind_of_json. */
#define JX_DOCUMENT_DECLARATION 1
#define JX_DOCUMENT_SELF_EVALUATION 2
#define JX_DOCUMENT_MONITORING_REPORT 3

/**
 * Which document a JSON text is, from its "schema" member, without reading the rest: so a caller
 * can choose the loader. *out_kind receives JX_DOCUMENT_*. Errors: JX_E_PARSE (not JSON, with the
 * byte offset), JX_E_DOCUMENT (no "schema" member, or an unknown schema), JX_E_LIMIT,
 * JX_E_INVALID_UTF8, JX_E_INVALID_ARGUMENT. `options` may be NULL. Any thread.
 */
JX_API int jx_document_kind_of_json(const char *json, size_t len, const jx_json_options *options,
                                    int *out_kind);

/* -- declaration ------------------------------------------------------------------------------ */

/** Collections of a declaration. */
#define JX_DECLARATION_ROOT 1 /**< the declaration itself (one row) */
#define JX_KEY_TASKS 2        /**< 年度重点工作任务, in form order */
#define JX_INDICATORS 3       /**< 三级指标, in form order */

/** Fields of the declaration itself (row 0). */
#define JX_DECLARATION_KIND 101            /**< enum: department (部门整体), project (项目支出) */
#define JX_DECLARATION_FISCAL_YEAR 102     /**< int: 预算年度 */
#define JX_DECLARATION_DEPARTMENT_NAME 103 /**< text: 部门名称 (required) */
#define JX_DECLARATION_DEPARTMENT_CODE 104 /**< text: 部门代码 */
#define JX_DECLARATION_REGION_CODE 105     /**< text: 财政区划代码 */
/** text: 项目名称. Setting it creates the project block; clearing it removes the block (name and
 *  code). */
#define JX_DECLARATION_PROJECT_NAME 106
#define JX_DECLARATION_PROJECT_CODE 107    /**< text: 项目代码 (setting it creates the block) */
#define JX_DECLARATION_TAXONOMY 108        /**< text: indicator taxonomy ("2015", "2021") */
#define JX_DECLARATION_GOAL_OVERALL 109    /**< text: 总体绩效目标 */
#define JX_DECLARATION_GOAL_MID_TERM 110   /**< text: 中期目标 */
#define JX_DECLARATION_GOAL_ANNUAL 111     /**< text: 年度目标 */
#define JX_DECLARATION_BUDGET_UNIT 112     /**< enum: 万元 or 元, the unit of every amount */
#define JX_DECLARATION_NOTE 113            /**< text */

/** Fields of a key task row (JX_KEY_TASKS). */
#define JX_KEY_TASK_NAME 201             /**< text: 名称 (required) */
#define JX_KEY_TASK_CONTENT 202          /**< text: 主要实施内容 */
#define JX_KEY_TASK_PLANNED_FUNDING 203  /**< decimal: 拟投入的资金, in the budget unit */
#define JX_KEY_TASK_EXPECTED_OUTCOME 204 /**< text: 期望达到的目标 */
#define JX_KEY_TASK_NOTE 205             /**< text */

/** Fields of an indicator row (JX_INDICATORS). */
#define JX_INDICATOR_LEVEL1 301        /**< text: 一级指标 (required) */
#define JX_INDICATOR_LEVEL2 302        /**< text: 二级指标 (required) */
#define JX_INDICATOR_NAME 303          /**< text: 三级指标 (required) */
#define JX_INDICATOR_CONTENT 304       /**< text: 指标内容 */
#define JX_INDICATOR_EXPLANATION 305   /**< text: 指标解释 */
#define JX_INDICATOR_FORMULA 306       /**< text: 计算方法 */
#define JX_INDICATOR_PERIOD_TARGET 307 /**< text: 实施周期指标值, as written */
#define JX_INDICATOR_ANNUAL_TARGET 308 /**< text: 年度指标值, as written */
#define JX_INDICATOR_UNIT 309          /**< text: 计量单位 */
#define JX_INDICATOR_WEIGHT 310        /**< decimal: 分值 / 权重 */
/** enum: plan, history, industry, budget_standard, other (计划标准 … 其他标准) */
#define JX_INDICATOR_VALUE_SOURCE 311
#define JX_INDICATOR_CORE 312 /**< boolean: 核心指标 */
#define JX_INDICATOR_NOTE 313 /**< text */

/**
 * A new, empty declaration: kind department, fiscal year 0, taxonomy "2015", unit 万元, no rows.
 * *out receives a handle the caller frees with jx_declaration_free. Errors: JX_E_INVALID_ARGUMENT
 * (out NULL), JX_E_NOMEM. Any thread.
 */
JX_API int jx_declaration_new(jx_declaration **out);
/**
 * Reads a declaration from JSON (`options` may be NULL). *out receives a new handle (free it with
 * jx_declaration_free). Errors: JX_E_PARSE (syntax, byte offset), JX_E_DOCUMENT (valid JSON but
 * not a declaration: json_path names the member), JX_E_INVALID_UTF8, JX_E_LIMIT (max_bytes,
 * max_depth), JX_E_INVALID_ARGUMENT. Any thread.
 */
JX_API int jx_declaration_load_json(const char *json, size_t len, const jx_json_options *options,
                                    jx_declaration **out);
/**
 * The declaration as JSON in normal form. *out is a new NUL-terminated string: free it with
 * jx_free. Errors: JX_E_INVALID_ARGUMENT (an extension member collides with a documented one),
 * JX_E_LIMIT (budget lines nested deeper than 256), JX_E_NOMEM. Read-only.
 */
JX_API int jx_declaration_to_json(const jx_declaration *declaration, char **out);
/** A deep copy: *out receives a new handle (free it with jx_declaration_free). Read-only. */
JX_API int jx_declaration_clone(const jx_declaration *declaration, jx_declaration **out);
/** Frees a declaration and every text read from it. NULL is fine. */
JX_API void jx_declaration_free(jx_declaration *declaration);

/** *out = number of rows of `collection` (1 for JX_DECLARATION_ROOT). */
JX_API int jx_declaration_count(const jx_declaration *declaration, int collection, size_t *out);
/**
 * Appends an empty row to `collection` (JX_KEY_TASKS, JX_INDICATORS): required texts empty,
 * optional fields absent, booleans false. *out_index receives its row index. Invalidates texts
 * read from the handle.
 */
JX_API int jx_declaration_add_row(jx_declaration *declaration, int collection, size_t *out_index);
/** Inserts an empty row before `row` (row == count appends); JX_E_OUT_OF_RANGE beyond that. */
JX_API int jx_declaration_insert_row(jx_declaration *declaration, int collection, size_t row);
/** Removes a row; later rows move up by one. JX_E_OUT_OF_RANGE for a row past the end. */
JX_API int jx_declaration_remove_row(jx_declaration *declaration, int collection, size_t row);

/** Reads any field as text (see "Fields"). *text is owned by the handle; `len` may be NULL. */
JX_API int jx_declaration_get_text(const jx_declaration *declaration, int field, size_t row,
                                   const char **text, size_t *len);
/** Writes a field from text (see "Fields" for the accepted forms); the text is copied. */
JX_API int jx_declaration_set_text(jx_declaration *declaration, int field, size_t row,
                                   const char *text, size_t len);
/** Makes an optional field absent (JSON null); JX_E_INVALID_ARGUMENT for a required field. */
JX_API int jx_declaration_clear(jx_declaration *declaration, int field, size_t row);
/** Reads an integer or boolean field (booleans read 0 / 1). */
JX_API int jx_declaration_get_int(const jx_declaration *declaration, int field, size_t row,
                                  int64_t *out);
/** Writes an integer or boolean field; JX_E_INVALID_ARGUMENT outside its range (int32, 0 … 1). */
JX_API int jx_declaration_set_int(jx_declaration *declaration, int field, size_t row,
                                  int64_t value);
/**
 * Reads a decimal field: *out receives a new jx_decimal (free it with jx_decimal_free), or NULL
 * with JX_OK when the field is absent.
 */
JX_API int jx_declaration_get_decimal(const jx_declaration *declaration, int field, size_t row,
                                      jx_decimal **out);
/** Writes a decimal field; the value is copied (the caller keeps and frees `value`). */
JX_API int jx_declaration_set_decimal(jx_declaration *declaration, int field, size_t row,
                                      const jx_decimal *value);

/* -- declaration budget (预算整体情况): a tree of lines per section ----------------------------- */

/** Budget sections. */
#define JX_BUDGET_EXPENDITURE 0 /**< 部门预算支出 */
#define JX_BUDGET_INCOME 1      /**< 收入来源 */
#define JX_BUDGET_BY_LEVEL 2    /**< 按预算级次划分 */

/** Fields of a budget line. */
#define JX_BUDGET_LINE_NAME 1001   /**< text: the label as written (required) */
#define JX_BUDGET_LINE_CODE 1002   /**< text: budget system code */
#define JX_BUDGET_LINE_AMOUNT 1003 /**< decimal: the figure as written (absent for a heading) */
#define JX_BUDGET_LINE_NOTE 1004   /**< text */
/** decimal, read-only: the amount, or when blank the sum of the children's effective amounts;
 *  absent when neither the line nor any line below it has an amount. */
#define JX_BUDGET_LINE_EFFECTIVE_AMOUNT 1005

/** Deepest path the budget functions take (the JSON reader's default depth is far below it). */
#define JX_MAX_BUDGET_DEPTH 256

/*
 * A budget line is addressed by its section and its path: the indices from the section's top
 * level down ({2, 0} is the first child of the third top-level line), `depth` entries long.
 * A path of depth 0 names the section itself (as a parent). `path` may be NULL when depth is 0.
 * Errors: JX_E_INVALID_ARGUMENT (unknown section, NULL path with depth > 0, depth above
 * JX_MAX_BUDGET_DEPTH), JX_E_OUT_OF_RANGE (an index past the end at some level), and those of
 * "Fields". Texts read are owned by the handle, as for every field.
 */

/** *out = number of children of the line at `path` (depth 0: of top-level lines). */
JX_API int jx_declaration_budget_count(const jx_declaration *declaration, int section,
                                       const size_t *path, size_t depth, size_t *out);
/**
 * Appends a line named `name` (copied) under the line at `parent_path` (depth 0: at top level).
 * *out_index receives its index among its siblings.
 */
JX_API int jx_declaration_budget_add(jx_declaration *declaration, int section,
                                     const size_t *parent_path, size_t parent_depth,
                                     const char *name, size_t name_len, size_t *out_index);
/** Inserts a line named `name` at `path` (depth ≥ 1; the last index may be the sibling count). */
JX_API int jx_declaration_budget_insert(jx_declaration *declaration, int section,
                                        const size_t *path, size_t depth, const char *name,
                                        size_t name_len);
/** Removes the line at `path` (depth ≥ 1) with all its sub-lines. */
JX_API int jx_declaration_budget_remove(jx_declaration *declaration, int section,
                                        const size_t *path, size_t depth);
/** Reads a field of the line at `path` as text. */
JX_API int jx_declaration_budget_get_text(const jx_declaration *declaration, int section,
                                          const size_t *path, size_t depth, int field,
                                          const char **text, size_t *len);
/** Writes a field of the line at `path` from text (JX_BUDGET_LINE_AMOUNT: a decimal text). */
JX_API int jx_declaration_budget_set_text(jx_declaration *declaration, int section,
                                          const size_t *path, size_t depth, int field,
                                          const char *text, size_t len);
/** Makes an optional field of the line at `path` absent. */
JX_API int jx_declaration_budget_clear(jx_declaration *declaration, int section,
                                       const size_t *path, size_t depth, int field);
/** Reads a decimal field (AMOUNT, EFFECTIVE_AMOUNT): a new jx_decimal, or NULL when absent. */
JX_API int jx_declaration_budget_get_decimal(const jx_declaration *declaration, int section,
                                             const size_t *path, size_t depth, int field,
                                             jx_decimal **out);
/** Writes JX_BUDGET_LINE_AMOUNT; the value is copied. */
JX_API int jx_declaration_budget_set_decimal(jx_declaration *declaration, int section,
                                             const size_t *path, size_t depth, int field,
                                             const jx_decimal *value);
/** The total of a section (sum of the top-level lines' effective amounts; 0 when empty): a new
 *  jx_decimal to free with jx_decimal_free. */
JX_API int jx_declaration_budget_total(const jx_declaration *declaration, int section,
                                       jx_decimal **out);
/**
 * Finds the first line named exactly `name` (expenditure, then income, then by-level; depth first
 * in form order). On success *out_section and path[0 … *out_depth − 1] describe it; *out_depth = 0
 * (and nothing else written) when no line has that name. `path` has room for `path_capacity`
 * entries: JX_E_LIMIT when the line is deeper (then *out_depth is the depth needed).
 */
JX_API int jx_declaration_budget_find(const jx_declaration *declaration, const char *name,
                                      size_t name_len, int *out_section, size_t *path,
                                      size_t path_capacity, size_t *out_depth);

/* -- self-evaluation (绩效自评表) ------------------------------------------------------------------
 * The functions behave exactly as their jx_declaration_ counterparts; only the collections and
 * fields differ. Published scores are kept as published; jx_score recomputes them. */

#define JX_SELF_EVALUATION_ROOT 4 /**< the self-evaluation itself (one row) */
#define JX_FUND_EXECUTIONS 5      /**< 预算执行情况 rows */
#define JX_INDICATOR_RESULTS 6    /**< one row per indicator */

/** Fields of the self-evaluation itself: the declaration it evaluates, then its own members. */
#define JX_SELF_EVALUATION_KIND 401            /**< enum: department, project */
#define JX_SELF_EVALUATION_FISCAL_YEAR 402     /**< int */
#define JX_SELF_EVALUATION_DEPARTMENT_NAME 403 /**< text (required) */
#define JX_SELF_EVALUATION_DEPARTMENT_CODE 404 /**< text */
#define JX_SELF_EVALUATION_REGION_CODE 405     /**< text */
#define JX_SELF_EVALUATION_PROJECT_NAME 406    /**< text (clearing it removes the project block) */
#define JX_SELF_EVALUATION_PROJECT_CODE 407    /**< text */
#define JX_SELF_EVALUATION_TAXONOMY 408        /**< text */
#define JX_SELF_EVALUATION_BUDGET_UNIT 409     /**< enum: 万元 or 元 */
#define JX_SELF_EVALUATION_ANNUAL_GOAL 410     /**< text: 年初设定目标 */
#define JX_SELF_EVALUATION_GOAL_COMPLETION 411 /**< text: 实际完成情况 */
#define JX_SELF_EVALUATION_TOTAL_SCORE 412     /**< decimal: 自评总分, as published */
#define JX_SELF_EVALUATION_GRADE 413           /**< enum: excellent, good, fair, poor (优良中差) */
#define JX_SELF_EVALUATION_DEVIATION_REASON 414 /**< text: 偏差分析及整改措施 */
#define JX_SELF_EVALUATION_NOTE 415            /**< text */

/** Fields of a fund execution row (JX_FUND_EXECUTIONS). */
#define JX_FUND_EXECUTION_SOURCE 501           /**< text: 资金来源 (required) */
#define JX_FUND_EXECUTION_INITIAL_BUDGET 502   /**< decimal: 年初预算数 */
#define JX_FUND_EXECUTION_ADJUSTMENT 503       /**< decimal: 年度调整 */
#define JX_FUND_EXECUTION_ANNUAL_BUDGET 504    /**< decimal: 全年预算数 */
#define JX_FUND_EXECUTION_EXECUTED 505         /**< decimal: 全年执行数 */
#define JX_FUND_EXECUTION_WEIGHT 506           /**< decimal: 分值 */
#define JX_FUND_EXECUTION_PUBLISHED_SCORE 507  /**< decimal: 得分, as published */
#define JX_FUND_EXECUTION_DEVIATION_REASON 508 /**< text */
#define JX_FUND_EXECUTION_NOTE 509             /**< text */

/** Fields of an indicator result row (JX_INDICATOR_RESULTS). */
#define JX_INDICATOR_RESULT_DECLARATION_REF 601  /**< text: JSON Pointer into the declaration */
#define JX_INDICATOR_RESULT_LEVEL1 602           /**< text (required) */
#define JX_INDICATOR_RESULT_LEVEL2 603           /**< text (required) */
#define JX_INDICATOR_RESULT_NAME 604             /**< text (required) */
#define JX_INDICATOR_RESULT_ANNUAL_TARGET 605    /**< text: 年度指标值 */
#define JX_INDICATOR_RESULT_ACTUAL_VALUE 606     /**< text: 实际完成值 */
#define JX_INDICATOR_RESULT_GRADE 607            /**< enum: met, partly_met, not_met */
#define JX_INDICATOR_RESULT_WEIGHT 608           /**< decimal */
#define JX_INDICATOR_RESULT_PUBLISHED_SCORE 609  /**< decimal */
#define JX_INDICATOR_RESULT_DEDUCTION 610        /**< decimal: 扣减分数 */
#define JX_INDICATOR_RESULT_DESCRIPTION 611      /**< text: 完成情况简要描述 */
#define JX_INDICATOR_RESULT_DEVIATION_REASON 612 /**< text */
#define JX_INDICATOR_RESULT_NOTE 613             /**< text */

/** An empty self-evaluation (department, year 0, unit 元). Free it with jx_self_evaluation_free. */
JX_API int jx_self_evaluation_new(jx_self_evaluation **out);
/** Reads "jixiao.self-evaluation/1" JSON; errors as jx_declaration_load_json. */
JX_API int jx_self_evaluation_load_json(const char *json, size_t len,
                                        const jx_json_options *options, jx_self_evaluation **out);
/** Normal-form JSON; *out freed with jx_free. Read-only. */
JX_API int jx_self_evaluation_to_json(const jx_self_evaluation *evaluation, char **out);
/** A deep copy (free it with jx_self_evaluation_free). Read-only. */
JX_API int jx_self_evaluation_clone(const jx_self_evaluation *evaluation,
                                    jx_self_evaluation **out);
/** NULL is fine. */
JX_API void jx_self_evaluation_free(jx_self_evaluation *evaluation);
/** *out = rows of `collection` (1 for the root). As jx_declaration_count. */
JX_API int jx_self_evaluation_count(const jx_self_evaluation *evaluation, int collection,
                                    size_t *out);
/** Appends an empty row; *out_index receives its index. Invalidates texts read from the handle. */
JX_API int jx_self_evaluation_add_row(jx_self_evaluation *evaluation, int collection,
                                      size_t *out_index);
/** Inserts an empty row before `row` (row == count appends). JX_E_OUT_OF_RANGE beyond. */
JX_API int jx_self_evaluation_insert_row(jx_self_evaluation *evaluation, int collection,
                                         size_t row);
/** Removes a row; later rows move up. JX_E_OUT_OF_RANGE past the end. */
JX_API int jx_self_evaluation_remove_row(jx_self_evaluation *evaluation, int collection,
                                         size_t row);
/** Any field as text; *text owned by the handle (NULL when absent); `len` may be NULL. */
JX_API int jx_self_evaluation_get_text(const jx_self_evaluation *evaluation, int field, size_t row,
                                       const char **text, size_t *len);
/** Writes a field from text (copied); value errors carry the field's JSON Pointer. */
JX_API int jx_self_evaluation_set_text(jx_self_evaluation *evaluation, int field, size_t row,
                                       const char *text, size_t len);
/** Makes an optional field absent; JX_E_INVALID_ARGUMENT for a required field. */
JX_API int jx_self_evaluation_clear(jx_self_evaluation *evaluation, int field, size_t row);
/** Reads an integer or boolean field. */
JX_API int jx_self_evaluation_get_int(const jx_self_evaluation *evaluation, int field, size_t row,
                                      int64_t *out);
/** Writes an integer or boolean field; JX_E_INVALID_ARGUMENT outside its range. */
JX_API int jx_self_evaluation_set_int(jx_self_evaluation *evaluation, int field, size_t row,
                                      int64_t value);
/** A decimal field as a new jx_decimal (free it with jx_decimal_free), NULL when absent. */
JX_API int jx_self_evaluation_get_decimal(const jx_self_evaluation *evaluation, int field,
                                          size_t row, jx_decimal **out);
/** Writes a decimal field; the value is copied. */
JX_API int jx_self_evaluation_set_decimal(jx_self_evaluation *evaluation, int field, size_t row,
                                          const jx_decimal *value);

/* -- monitoring report (绩效运行监控表) -------------------------------------------------------------
 * The functions behave exactly as their jx_declaration_ counterparts. */

#define JX_MONITORING_REPORT_ROOT 7 /**< the report itself (one row) */
#define JX_MONITORING_LINES 8       /**< 预算执行情况 lines */
#define JX_INDICATOR_PROGRESS 9     /**< one row per indicator */

/** Fields of the report itself. */
#define JX_MONITORING_REPORT_KIND 701            /**< enum: department, project */
#define JX_MONITORING_REPORT_FISCAL_YEAR 702     /**< int */
#define JX_MONITORING_REPORT_DEPARTMENT_NAME 703 /**< text (required) */
#define JX_MONITORING_REPORT_DEPARTMENT_CODE 704 /**< text */
#define JX_MONITORING_REPORT_REGION_CODE 705     /**< text */
#define JX_MONITORING_REPORT_PROJECT_NAME 706    /**< text (clearing removes the project block) */
#define JX_MONITORING_REPORT_PROJECT_CODE 707    /**< text */
#define JX_MONITORING_REPORT_MONTH 708           /**< int: the report covers months 1 … month */
#define JX_MONITORING_REPORT_BUDGET_UNIT 709     /**< enum: 万元 or 元 */
#define JX_MONITORING_REPORT_NOTE 710            /**< text */

/** Fields of a budget execution line (JX_MONITORING_LINES). */
#define JX_MONITORING_LINE_NAME 801          /**< text (required) */
#define JX_MONITORING_LINE_CODE 802          /**< text */
#define JX_MONITORING_LINE_ANNUAL_BUDGET 803 /**< decimal: 全年预算数 */
#define JX_MONITORING_LINE_EXECUTED 804      /**< decimal: 1–N月执行数 */
#define JX_MONITORING_LINE_NOTE 805          /**< text */

/** Fields of an indicator progress row (JX_INDICATOR_PROGRESS). */
#define JX_INDICATOR_PROGRESS_DECLARATION_REF 901     /**< text: JSON Pointer in the declaration */
#define JX_INDICATOR_PROGRESS_LEVEL1 902              /**< text (required) */
#define JX_INDICATOR_PROGRESS_LEVEL2 903              /**< text (required) */
#define JX_INDICATOR_PROGRESS_NAME 904                /**< text (required) */
#define JX_INDICATOR_PROGRESS_ANNUAL_TARGET 905       /**< text: 年度指标值 */
#define JX_INDICATOR_PROGRESS_PROGRESS 906            /**< text: 1–N月执行情况 */
#define JX_INDICATOR_PROGRESS_EXPECTED_COMPLETION 907 /**< text: 全年预计完成情况 */
/** list of enums: funding, institutional, staffing, hardware, other (经费保障 … 其他) */
#define JX_INDICATOR_PROGRESS_DEVIATION_CAUSES 908
#define JX_INDICATOR_PROGRESS_DEVIATION_REASON 909 /**< text */
#define JX_INDICATOR_PROGRESS_LIKELIHOOD 910       /**< enum: certain, possible, impossible */
#define JX_INDICATOR_PROGRESS_NOTE 911             /**< text */

/** An empty report (kind department, year 0, month 0, unit 万元). Free with
 *  jx_monitoring_report_free. */
JX_API int jx_monitoring_report_new(jx_monitoring_report **out);
/** Reads "jixiao.monitoring-report/1" JSON; errors as jx_declaration_load_json. */
JX_API int jx_monitoring_report_load_json(const char *json, size_t len,
                                          const jx_json_options *options,
                                          jx_monitoring_report **out);
/** Normal-form JSON; *out freed with jx_free. Read-only. */
JX_API int jx_monitoring_report_to_json(const jx_monitoring_report *report, char **out);
/** A deep copy (free it with jx_monitoring_report_free). Read-only. */
JX_API int jx_monitoring_report_clone(const jx_monitoring_report *report,
                                      jx_monitoring_report **out);
/** NULL is fine. */
JX_API void jx_monitoring_report_free(jx_monitoring_report *report);
/** *out = rows of `collection` (1 for the root). As jx_declaration_count. */
JX_API int jx_monitoring_report_count(const jx_monitoring_report *report, int collection,
                                      size_t *out);
/** Appends an empty row; *out_index receives its index. Invalidates texts read from the handle. */
JX_API int jx_monitoring_report_add_row(jx_monitoring_report *report, int collection,
                                        size_t *out_index);
/** Inserts an empty row before `row` (row == count appends). JX_E_OUT_OF_RANGE beyond. */
JX_API int jx_monitoring_report_insert_row(jx_monitoring_report *report, int collection,
                                           size_t row);
/** Removes a row; later rows move up. JX_E_OUT_OF_RANGE past the end. */
JX_API int jx_monitoring_report_remove_row(jx_monitoring_report *report, int collection,
                                           size_t row);
/** Any field as text; *text owned by the handle (NULL when absent); `len` may be NULL. */
JX_API int jx_monitoring_report_get_text(const jx_monitoring_report *report, int field, size_t row,
                                         const char **text, size_t *len);
/** Writes a field from text (copied); value errors carry the field's JSON Pointer. */
JX_API int jx_monitoring_report_set_text(jx_monitoring_report *report, int field, size_t row,
                                         const char *text, size_t len);
/** Makes an optional field absent; JX_E_INVALID_ARGUMENT for a required field. */
JX_API int jx_monitoring_report_clear(jx_monitoring_report *report, int field, size_t row);
/** Reads an integer or boolean field. */
JX_API int jx_monitoring_report_get_int(const jx_monitoring_report *report, int field, size_t row,
                                        int64_t *out);
/** Writes an integer or boolean field; JX_E_INVALID_ARGUMENT outside its range. */
JX_API int jx_monitoring_report_set_int(jx_monitoring_report *report, int field, size_t row,
                                        int64_t value);
/** A decimal field as a new jx_decimal (free it with jx_decimal_free), NULL when absent. */
JX_API int jx_monitoring_report_get_decimal(const jx_monitoring_report *report, int field,
                                            size_t row, jx_decimal **out);
/** Writes a decimal field; the value is copied. */
JX_API int jx_monitoring_report_set_decimal(jx_monitoring_report *report, int field, size_t row,
                                            const jx_decimal *value);

/* ---------------------------------------------------------------------------------------------
 * Policies — everything that differs between provinces and years, as data (docs/policy.md)
 *
 * A jx_policy is immutable: once created it never changes, so any number of threads may use the
 * same policy at once (read it, review or score with it). Texts read from it live as long as it.
 * ------------------------------------------------------------------------------------------- */

typedef struct jx_policy jx_policy;

#define JX_POLICY_ROOT 11    /**< the policy itself (one row) */
#define JX_POLICY_SOURCES 12 /**< the documents its rules come from, one row each */

#define JX_POLICY_NAME 1101        /**< text: "national-2021", or a local name */
#define JX_POLICY_DESCRIPTION 1102 /**< text: what the policy is for, in Chinese */
#define JX_POLICY_SOURCE 1201      /**< text: one source document (财预〔2021〕101号 …) */

/** *out = number of built-in presets. Any thread. */
JX_API int jx_policy_preset_count(size_t *out);
/** *out = the name of preset `index` ("national-2015", …), in a stable order. Static storage.
 *  JX_E_OUT_OF_RANGE past the end. Any thread. */
JX_API int jx_policy_preset_name(size_t index, const char **out);
/**
 * A built-in preset by name. *out receives a new handle (free it with jx_policy_free).
 * Errors: JX_E_POLICY (unknown name; the message lists the presets), JX_E_INVALID_UTF8,
 * JX_E_INVALID_ARGUMENT. Any thread.
 */
JX_API int jx_policy_preset(const char *name, size_t len, jx_policy **out);
/**
 * Reads a policy document ("schema": "jixiao.policy/1"; may name a preset as its "base").
 * `options` may be NULL. *out receives a new handle (free it with jx_policy_free).
 * Errors: JX_E_PARSE, JX_E_INVALID_UTF8, JX_E_LIMIT (with byte offsets); JX_E_POLICY (unknown
 * base, wrong schema) and JX_E_DOCUMENT (wrong types, missing or misspelt members) with the JSON
 * Pointer of the member. Any thread.
 */
JX_API int jx_policy_load_json(const char *json, size_t len, const jx_json_options *options,
                               jx_policy **out);
/** The complete policy (no "base") as JSON in normal form; *out freed with jx_free. Any thread. */
JX_API int jx_policy_to_json(const jx_policy *policy, char **out);
/** Frees a policy. NULL is fine. No other thread may still be using it. */
JX_API void jx_policy_free(jx_policy *policy);
/** Rows of JX_POLICY_ROOT (1) or JX_POLICY_SOURCES. Any thread. */
JX_API int jx_policy_count(const jx_policy *policy, int collection, size_t *out);
/** Reads a text field (see "Fields"); *text lives as long as the policy. Any thread. */
JX_API int jx_policy_get_text(const jx_policy *policy, int field, size_t row, const char **text,
                              size_t *len);

/* ---------------------------------------------------------------------------------------------
 * 指标值 — indicator target values read the way a finance officer reads them (docs/targets.md)
 *
 * jx_target_parse reads any target text ("≥95%", "不少于三次", "8省20个地区以上", "完成年度计划数")
 * into a structured, immutable jx_target: its kind, comparator, value, unit, direction, and
 * diagnostics that say with character positions why a text is vague or could not be read. Parsing
 * never fails on content: an unreadable text is a JX_TARGET_KIND_VAGUE target with diagnostics.
 * A jx_target may be shared by any number of threads; texts read from it live as long as it.
 * ------------------------------------------------------------------------------------------- */

typedef struct jx_target jx_target;

/** Kinds (jx_target_get_int of JX_TARGET_KIND; the text form is the name in parentheses). */
#define JX_TARGET_KIND_EMPTY 0        /**< (empty) nothing, or "not filled in" ("", "/", "无") */
#define JX_TARGET_KIND_QUANTITATIVE 1 /**< (quantitative) "≥95%", "5个"; compound "8省20个地区以上" */
#define JX_TARGET_KIND_RANGE 2        /**< (range) "90%-100%" */
#define JX_TARGET_KIND_TOLERANCE 3    /**< (tolerance) "±3%以内" */
#define JX_TARGET_KIND_QUALITATIVE 4  /**< (qualitative) "正常运行", "提升" */
#define JX_TARGET_KIND_VAGUE 5        /**< (vague) "完成年度计划数", or unreadable text */
#define JX_TARGET_KIND_DATE 6         /**< (date) "2023年12月底前" */

/** Comparators: the MOF 计算符号 codes 1–5 (text forms greater_equal … less_equal). */
#define JX_COMPARATOR_NONE 0          /**< none written */
#define JX_COMPARATOR_GREATER_EQUAL 1 /**< ≥ */
#define JX_COMPARATOR_GREATER 2       /**< ＞ */
#define JX_COMPARATOR_EQUAL 3         /**< ＝ */
#define JX_COMPARATOR_LESS 4          /**< ＜ */
#define JX_COMPARATOR_LESS_EQUAL 5    /**< ≤ */
/** MOF code 6: 定性 (qualitative, or anything one symbol and number cannot hold). */
#define JX_MOF_QUALITATIVE 6

/** Directions: which way is better (text forms none, positive, … achieve). */
#define JX_DIRECTION_NONE 0
#define JX_DIRECTION_POSITIVE 1 /**< 正向: ≥ ＞ */
#define JX_DIRECTION_NEGATIVE 2 /**< 反向: ≤ ＜ */
#define JX_DIRECTION_EQUAL 3
#define JX_DIRECTION_WITHIN 4   /**< inside a range or tolerance band */
#define JX_DIRECTION_INCREASE 5 /**< 提升 / 提高 / 增加 */
#define JX_DIRECTION_DECREASE 6 /**< 减少 / 降低 / 压减 */
#define JX_DIRECTION_ACHIEVE 7  /**< 正常运行, 按时完成: done or not done */

#define JX_TARGET_ROOT 13        /**< the target itself (one row) */
#define JX_TARGET_DIAGNOSTICS 14 /**< one row per diagnostic */
#define JX_TARGET_PARTS 15       /**< parts of a compound target (count only; see jx_target_part) */

/** Fields of a target (row 0). Texts are "" when the target has none, decimals absent. */
#define JX_TARGET_TEXT 1301       /**< text: the original text, byte for byte */
#define JX_TARGET_KIND 1302       /**< enum (text name; get_int: JX_TARGET_KIND_*) */
#define JX_TARGET_COMPARATOR 1303 /**< enum (text name; get_int: JX_COMPARATOR_*) */
#define JX_TARGET_VALUE 1304      /**< decimal: the number in the unit written (95 for "95%") */
#define JX_TARGET_UPPER 1305      /**< decimal: the upper bound of a range */
#define JX_TARGET_UNIT 1306       /**< text: canonical unit ("%", "万元", "个") */
#define JX_TARGET_DIRECTION 1307  /**< enum (text name; get_int: JX_DIRECTION_*) */
#define JX_TARGET_SCOPE 1308      /**< text: what it is counted per ("镇街" in "每个镇街不少于3台") */
#define JX_TARGET_DATE 1309       /**< text: "2023-12-31", "2023-12", "12-31"; absent if none */
#define JX_TARGET_DATE_UPPER 1310 /**< text: the end of a period; absent if none */
#define JX_TARGET_APPROXIMATE 1311 /**< boolean: "约", "左右" */
#define JX_TARGET_LABEL 1312      /**< text: the label before a colon ("标准" in "标准：＞90%") */
#define JX_TARGET_BODY 1313       /**< text: after the label; the 定性 statement */
#define JX_TARGET_MEASURE 1314    /**< text: what is measured ("满意度" in "满意度95%以上") */
#define JX_TARGET_REMARK 1315     /**< text: an explanation after the value */
#define JX_TARGET_CANONICAL 1316  /**< text: the canonical merged form ("≥95%"): the formatter */
#define JX_TARGET_COMPARATOR_SYMBOL 1317 /**< text: "≥", "＞", "＝", "＜", "≤" or "" */

/** Fields of a diagnostic row (JX_TARGET_DIAGNOSTICS). Offsets are into JX_TARGET_TEXT. */
#define JX_TARGET_DIAGNOSTIC_CODE 1401        /**< text: "vague_phrase", "unknown_unit", … */
#define JX_TARGET_DIAGNOSTIC_MESSAGE 1402     /**< text: "中文 / English" with the position */
#define JX_TARGET_DIAGNOSTIC_MESSAGE_ZH 1403  /**< text */
#define JX_TARGET_DIAGNOSTIC_MESSAGE_EN 1404  /**< text */
#define JX_TARGET_DIAGNOSTIC_BYTE_OFFSET 1405 /**< int: 0-based byte offset */
#define JX_TARGET_DIAGNOSTIC_CHAR_OFFSET 1406 /**< int: 0-based offset in code points */
#define JX_TARGET_DIAGNOSTIC_CHAR_LENGTH 1407 /**< int: code points covered (0: a point) */

/**
 * Reads a 指标值. *out receives a new handle (free it with jx_target_free). A text longer than
 * 64 KiB is a vague target with a too_long diagnostic. Errors: JX_E_INVALID_UTF8 (with the byte
 * offset), JX_E_INVALID_ARGUMENT, JX_E_LIMIT, JX_E_NOMEM. Any thread.
 */
JX_API int jx_target_parse(const char *text, size_t len, jx_target **out);
/**
 * A target from an ERP row in the MOF split form (计算符号 code 1–6, value, unit); code 6 reads
 * `value` as target text. *out receives a new handle. Errors: JX_E_INVALID_ARGUMENT (code outside
 * 1–6), JX_E_PARSE (codes 1–5 with a value that is not a number), JX_E_INVALID_UTF8. Any thread.
 */
JX_API int jx_target_from_mof(int code, const char *value, size_t value_len, const char *unit,
                              size_t unit_len, jx_target **out);
/** Frees a target. NULL is fine. No other thread may still be using it. */
JX_API void jx_target_free(jx_target *target);
/**
 * The MOF split of a target (PMKPIZBXS 计算符号, INDVALUE, INDUNIT). A bare value ("100%") has no
 * written comparator: `unwritten_as` (JX_COMPARATOR_GREATER_EQUAL … LESS_EQUAL) says which code to
 * store. Everything one symbol and one number cannot hold is code 6 with the canonical text.
 * *out_code receives 1–6. *out_value receives a new jx_decimal (codes 1–5) or NULL (code 6);
 * *out_unit and *out_text new strings freed with jx_free. Pass NULL for the outputs you do not need
 * (out_code is required). Errors: JX_E_INVALID_ARGUMENT, also when the text or unit asked for
 * holds a NUL byte (a target's text may; read it with jx_target_get_text(JX_TARGET_CANONICAL),
 * which returns the length). Any thread.
 */
JX_API int jx_target_to_mof(const jx_target *target, int unwritten_as, int *out_code,
                            jx_decimal **out_value, char **out_unit, char **out_text);
/**
 * Does an actual value (实际完成值, as text: "96%", "0.95", "9省22个地区", "2023年11月") meet
 * the target? *out_met receives 1 or 0. `unwritten_as` as for jx_target_to_mof.
 * Errors: JX_E_UNIT_MISMATCH (units that cannot be compared), JX_E_PARSE (the actual is not a
 * number or date), JX_E_INVALID_ARGUMENT (a target that is not numeric or a date). Any thread.
 */
JX_API int jx_target_is_met(const jx_target *target, const char *actual, size_t actual_len,
                            int unwritten_as, int *out_met);
/** *out = 1 when two targets mean the same (kind, comparator, value, unit, …; values compare
 *  numerically), else 0. Any thread. */
JX_API int jx_target_equivalent(const jx_target *a, const jx_target *b, int *out);
/** The target as one JSON object (docs/targets.md); *out freed with jx_free. Any thread. */
JX_API int jx_target_to_json(const jx_target *target, char **out);
/** Part `index` of a compound target as a new handle (free it with jx_target_free). */
JX_API int jx_target_part(const jx_target *target, size_t index, jx_target **out);
/** Rows of JX_TARGET_ROOT (1), JX_TARGET_DIAGNOSTICS or JX_TARGET_PARTS. */
JX_API int jx_target_count(const jx_target *target, int collection, size_t *out);
/** Any field as text (see "Fields"); *text lives as long as the target. */
JX_API int jx_target_get_text(const jx_target *target, int field, size_t row, const char **text,
                              size_t *len);
/** Enum, boolean and offset fields as integers. */
JX_API int jx_target_get_int(const jx_target *target, int field, size_t row, int64_t *out);
/** JX_TARGET_VALUE or JX_TARGET_UPPER: a new jx_decimal, or NULL when absent. */
JX_API int jx_target_get_decimal(const jx_target *target, int field, size_t row,
                                 jx_decimal **out);

/* ---------------------------------------------------------------------------------------------
 * Formulas — 计算方法 and balance rules compiled once, evaluated many times (docs/formula.md)
 *
 * Exact mode (decimals, the default for money) and double mode. A jx_formula is immutable: any
 * number of threads may evaluate the same formula at once. Texts read from it live as long as it.
 * A variable's slot is its position in JX_FORMULA_VARIABLES (order of first appearance).
 * ------------------------------------------------------------------------------------------- */

typedef struct jx_formula jx_formula;

/** How the parser reads `名称 = 表达式`. */
#define JX_FORMULA_AUTOMATIC 0  /**< a leading `name =` makes a definition, else an expression */
#define JX_FORMULA_DEFINITION 1 /**< the text must be `name = expression` */
#define JX_FORMULA_RULE 2       /**< one expression in which every `=` compares (balance rules) */

/*
 * Registered functions: functions the caller adds to the formula language (docs/formula.md §5),
 * e.g. a local scoring curve. A table is filled once and named in the compile options; formulas
 * compiled with it keep what they need, so the table may be freed after jx_formula_compile.
 * The callbacks run on whichever thread evaluates, possibly on several at once, and must not
 * call back into the same formula.
 */
typedef struct jx_function_table jx_function_table;

/** Double mode: returns the result; a NaN or infinite result is a domain error naming the
 *  function. `arguments` holds `count` values (min_arguments … max_arguments). */
typedef double (*jx_double_function)(const double *arguments, size_t count,
                                     const void *user_data);
/** Exact mode: stores a new jx_decimal in *out and returns JX_OK, or returns a JX_E_* code
 *  (JX_E_OVERFLOW and JX_E_DIVISION_BY_ZERO keep their meaning; any other is a domain error).
 *  The argument handles belong to the library and live only during the call. */
typedef int (*jx_decimal_function)(const jx_decimal *const *arguments, size_t count,
                                   const void *user_data, jx_decimal **out);

/** A new, empty table (free it with jx_function_table_free). */
JX_API int jx_function_table_new(jx_function_table **out);
/**
 * Adds a function. `name` follows the rules of a plain name (letters, CJK, digits, _), case-
 * insensitive for ASCII, and must not be a built-in or reserved word or already in the table.
 * 0 ≤ min_arguments ≤ max_arguments ≤ 64. `evaluate_double` is required; `evaluate_decimal` may be
 * NULL (exact mode then goes through double, inexactly). `user_data` is passed to both and must
 * outlive every formula compiled with the function. `pure` (0/1): same arguments, same result, so
 * calls with constant arguments may be computed at compile time. Errors: JX_E_INVALID_ARGUMENT
 * (with the reason), JX_E_INVALID_UTF8. One thread at a time per table.
 */
JX_API int jx_function_table_add(jx_function_table *table, const char *name, size_t name_len,
                                 int min_arguments, int max_arguments,
                                 jx_double_function evaluate_double,
                                 jx_decimal_function evaluate_decimal, const void *user_data,
                                 int pure);
/** Frees a table. NULL is fine. Formulas compiled with it stay valid. */
JX_API void jx_function_table_free(jx_function_table *table);

#define JX_FORMULA_OPTIONS_VERSION 1

/** Compile options. Initialise with JX_FORMULA_OPTIONS_INIT; NULL means the defaults. */
typedef struct jx_formula_options {
  int version;          /**< JX_FORMULA_OPTIONS_VERSION of the caller's header */
  int role;             /**< JX_FORMULA_AUTOMATIC, _DEFINITION or _RULE */
  int division_scale;   /**< decimals kept by exact division, 0 … 38 (default 18) */
  int rounding;         /**< JX_ROUND_* of exact division and round() (default half up) */
  size_t max_length;    /**< bytes of text, ≥ 1 (default 65536) */
  int max_depth;        /**< nesting levels, 1 … 256 (default 64) */
  size_t max_variables; /**< distinct variables, 1 … 4096 (default 256) */
  const jx_function_table *functions; /**< registered functions, or NULL (built-ins only) */
} jx_formula_options;

#define JX_FORMULA_OPTIONS_INIT \
  {JX_FORMULA_OPTIONS_VERSION, JX_FORMULA_AUTOMATIC, 18, JX_ROUND_HALF_UP, 65536, 64, 256, NULL}

/** What a missing value does (DHIS2-style; docs/formula.md §7). */
#define JX_MISSING_ERROR 0       /**< a missing value evaluation reads is JX_E_MISSING_VALUE */
#define JX_MISSING_SKIP_IF_ANY 1 /**< "no value" when any required variable is missing */
#define JX_MISSING_SKIP_IF_ALL 2 /**< "no value" when all are missing; otherwise missing is 0 */
#define JX_MISSING_NEVER_SKIP 3  /**< never skipped; a missing value counts as 0 */

/** What a result means, for display. */
#define JX_RESULT_NUMBER 0
#define JX_RESULT_PERCENT 1 /**< the expression ends in ×100%: 0.95 shows as 95% */
#define JX_RESULT_BOOLEAN 2 /**< a comparison: 1 is 成立, 0 不成立 */

/** The status of one batch row (stable values; jx_eval_status_name gives the names). */
#define JX_EVAL_OK 0
#define JX_EVAL_NO_VALUE 1         /**< skipped by the missing-value strategy (not an error) */
#define JX_EVAL_DIVISION_BY_ZERO 2
#define JX_EVAL_OVERFLOW 3
#define JX_EVAL_MISSING_VALUE 4    /**< a needed value is missing (strategy JX_MISSING_ERROR) */
#define JX_EVAL_INVALID_INPUT 5    /**< an input is not a finite number (or not a decimal text) */
#define JX_EVAL_DOMAIN_ERROR 6     /**< an argument outside an operation's domain */

/** Returned by jx_formula_slot for a name the formula does not use. */
#define JX_NO_SLOT SIZE_MAX

#define JX_FORMULA_ROOT 16      /**< the formula itself (one row) */
#define JX_FORMULA_VARIABLES 17 /**< its variables, in slot order */

#define JX_FORMULA_TEXT 1601           /**< text: as given to jx_formula_compile */
#define JX_FORMULA_DEFINED_NAME 1602   /**< text: the name a definition defines, or "" */
#define JX_FORMULA_IS_DEFINITION 1603  /**< boolean */
#define JX_FORMULA_RESULT_KIND 1604    /**< enum: number, percent, boolean (get_int: JX_RESULT_*) */
#define JX_FORMULA_DIVISION_SCALE 1605 /**< int */
#define JX_FORMULA_ROUNDING 1606       /**< int: JX_ROUND_* */
#define JX_FORMULA_VARIABLE_NAME 1701        /**< text */
#define JX_FORMULA_VARIABLE_OPTIONAL 1702    /**< boolean: only a direct argument of coalesce */
#define JX_FORMULA_VARIABLE_BYTE_OFFSET 1703 /**< int: first occurrence in the text */
#define JX_FORMULA_VARIABLE_CHAR_OFFSET 1704 /**< int: the same in code points */

/** A text in a list of values: `ptr == NULL` means "no value" (and `len` is ignored). */
typedef struct jx_text {
  const char *ptr;
  size_t len;
} jx_text;

/** Values bound by name (jx_formula_eval_*_named). Names the formula does not use are ignored;
 *  when a name is bound twice the last binding wins; an unbound variable has no value. */
typedef struct jx_decimal_binding {
  const char *name;
  size_t name_len;
  const jx_decimal *value; /**< NULL: no value */
} jx_decimal_binding;
typedef struct jx_text_binding {
  const char *name;
  size_t name_len;
  const char *value; /**< a decimal text ("1,163.71"); NULL: no value */
  size_t value_len;
} jx_text_binding;
typedef struct jx_double_binding {
  const char *name;
  size_t name_len;
  double value; /**< NaN: no value */
} jx_double_binding;

#define JX_BATCH_SUMMARY_VERSION 1
/** Row counts of a batch; set version (JX_BATCH_SUMMARY_INIT) before passing it. */
typedef struct jx_batch_summary {
  int version;
  size_t ok;
  size_t no_value;
  size_t failed;
} jx_batch_summary;
#define JX_BATCH_SUMMARY_INIT {JX_BATCH_SUMMARY_VERSION, 0, 0, 0}

/**
 * Compiles a formula. `options` may be NULL. *out receives a new handle (free it with
 * jx_formula_free). Errors: JX_E_PARSE, JX_E_INVALID_UTF8, JX_E_LIMIT with byte_offset and
 * char_offset; JX_E_INVALID_ARGUMENT (an option out of bounds, an unknown options version).
 * Any thread.
 */
JX_API int jx_formula_compile(const char *text, size_t len, const jx_formula_options *options,
                              jx_formula **out);
/** Frees a formula. NULL is fine. No other thread may still be using it. */
JX_API void jx_formula_free(jx_formula *formula);
/** Rows of JX_FORMULA_ROOT (1) or JX_FORMULA_VARIABLES. Any thread. */
JX_API int jx_formula_count(const jx_formula *formula, int collection, size_t *out);
/** A field as text (see "Fields"); *text lives as long as the formula. Any thread. */
JX_API int jx_formula_get_text(const jx_formula *formula, int field, size_t row,
                               const char **text, size_t *len);
/** An integer, boolean or enum field. Any thread. */
JX_API int jx_formula_get_int(const jx_formula *formula, int field, size_t row, int64_t *out);
/** *out = the slot of variable `name`, or JX_NO_SLOT when the formula does not use it. */
JX_API int jx_formula_slot(const jx_formula *formula, const char *name, size_t len, size_t *out);

/*
 * Evaluation. `missing` is a JX_MISSING_* strategy. A result that the strategy skips is "no
 * value": *out = NULL (decimal, text) or NaN (double), with JX_OK. Failures return
 * JX_E_DIVISION_BY_ZERO, JX_E_OVERFLOW, JX_E_MISSING_VALUE (naming the variable),
 * JX_E_FORMULA (a domain error) or JX_E_INVALID_ARGUMENT (wrong number of values, a non-finite
 * double, an unknown strategy), with the offsets of the operator in the formula text. Every
 * evaluation function may be called from any number of threads on the same formula.
 */

/** Exact, by slot: values[slot] (NULL: no value), `count` must equal the number of variables.
 *  *out receives a new jx_decimal (free it with jx_decimal_free) or NULL. */
JX_API int jx_formula_eval_decimal(const jx_formula *formula, const jx_decimal *const *values,
                                   size_t count, int missing, jx_decimal **out);
/** Exact, by name. *out as for jx_formula_eval_decimal. */
JX_API int jx_formula_eval_decimal_named(const jx_formula *formula,
                                         const jx_decimal_binding *bindings, size_t count,
                                         int missing, jx_decimal **out);
/**
 * Exact, by slot, with decimal texts in and out: values[slot] is read like jx_decimal_parse
 * (JX_E_PARSE / JX_E_OVERFLOW name the variable, byte_offset is into its text). *out receives the
 * exact result's shortest text ("0.95"), a new string freed with jx_free, or NULL for no value.
 */
JX_API int jx_formula_eval_text(const jx_formula *formula, const jx_text *values, size_t count,
                                int missing, char **out);
/** Exact, by name, with decimal texts. *out as for jx_formula_eval_text. */
JX_API int jx_formula_eval_text_named(const jx_formula *formula,
                                      const jx_text_binding *bindings, size_t count, int missing,
                                      char **out);
/** Double mode, by slot (NaN: no value). *out is the result or NaN for no value. */
JX_API int jx_formula_eval_double(const jx_formula *formula, const double *values, size_t count,
                                  int missing, double *out);
/** Double mode, by name. */
JX_API int jx_formula_eval_double_named(const jx_formula *formula,
                                        const jx_double_binding *bindings, size_t count,
                                        int missing, double *out);

/**
 * Double-mode batch over columns: columns[slot][row] for each of the formula's variables
 * (`column_count` must equal their number); present may be NULL, or present[slot] NULL, or
 * present[slot][row] == 0 for "no value" (NaN also means no value). Writes results[row] (NaN when
 * the row is not ok) and statuses[row] (JX_EVAL_*) for every row; `summary` may be NULL.
 * The call fails as a whole (nothing meaningful written) only for invalid arguments: a NULL
 * array, a NULL column, a wrong column count, an unknown strategy.
 */
JX_API int jx_formula_eval_batch_double(const jx_formula *formula, const double *const *columns,
                                        const uint8_t *const *present, size_t column_count,
                                        size_t rows, int missing, double *results,
                                        uint8_t *statuses, jx_batch_summary *summary);
/**
 * Exact batch over columns of decimal texts: columns[slot][row] is a jx_text (ptr NULL: no
 * value). A cell that is not a decimal text makes its row JX_EVAL_INVALID_INPUT. results[row]
 * points to the row's result text ("0.95") inside one buffer that *out_buffer receives (free it
 * once with jx_free), or is NULL when the row is not ok. statuses and summary as for
 * jx_formula_eval_batch_double.
 */
JX_API int jx_formula_eval_batch_text(const jx_formula *formula, const jx_text *const *columns,
                                      size_t column_count, size_t rows, int missing,
                                      const char **results, uint8_t *statuses, char **out_buffer,
                                      jx_batch_summary *summary);

/** The result as a person reads it (95%, 成立, 1163.71); *out freed with jx_free. */
JX_API int jx_formula_display_decimal(const jx_formula *formula, const jx_decimal *value,
                                      char **out);
/** The same for a double-mode result; *out freed with jx_free. */
JX_API int jx_formula_display_double(const jx_formula *formula, double value, char **out);
/** "ok", "no_value", "division_by_zero", … for a JX_EVAL_* status; "unknown" otherwise. Static. */
JX_API const char *jx_eval_status_name(int status);

/* ---------------------------------------------------------------------------------------------
 * Review (审核) — the finance bureau's check of a declaration (docs/review-rules.md)
 *
 * jx_review applies a policy's rules to a declaration and returns an immutable report: findings in
 * document order, each with a stable rule code, severity, JSON Pointer, message in Chinese and
 * English, 88号 dimension and rule source, and a summary. Reports are readable as JSON (the format
 * of `jixiao review --format json`), as text for people, and field by field. A report may be
 * shared by any number of threads; texts read from it live as long as it.
 * ------------------------------------------------------------------------------------------- */

typedef struct jx_review_report jx_review_report;

/** Severities (text forms error, warning, info). */
#define JX_SEVERITY_ERROR 0   /**< 错误: must be corrected */
#define JX_SEVERITY_WARNING 1 /**< 警告: a reviewer would ask for a correction or explanation */
#define JX_SEVERITY_INFO 2    /**< 提示: advice, usually with a proposed value */

/** The 财预〔2015〕88号 review dimensions (text forms completeness … feasibility). */
#define JX_DIMENSION_COMPLETENESS 0    /**< 完整性 */
#define JX_DIMENSION_RELEVANCE 1       /**< 相关性 */
#define JX_DIMENSION_APPROPRIATENESS 2 /**< 适当性 */
#define JX_DIMENSION_FEASIBILITY 3     /**< 可行性 */

/** Grades (评价等级; text forms excellent, good, fair, poor). */
#define JX_GRADE_EXCELLENT 0 /**< 优 */
#define JX_GRADE_GOOD 1      /**< 良 */
#define JX_GRADE_FAIR 2      /**< 中 */
#define JX_GRADE_POOR 3      /**< 差 */

/** Languages of the text renderings. */
#define JX_LANGUAGE_ZH 0
#define JX_LANGUAGE_EN 1

#define JX_REVIEW_ROOT 18 /**< the report's summary (one row) */
#define JX_FINDINGS 19    /**< the findings, in document order */
#define JX_REVIEW_RULES 20 /**< the rule catalog (jx_review_rules_*) */

#define JX_REVIEW_POLICY 1801     /**< text: the policy applied */
#define JX_REVIEW_TAXONOMY 1802   /**< text: the taxonomy version reviewed against */
#define JX_REVIEW_INDICATORS 1803 /**< int: indicators in the declaration */
#define JX_REVIEW_ERRORS 1804     /**< int: findings of severity error */
#define JX_REVIEW_WARNINGS 1805   /**< int */
#define JX_REVIEW_INFOS 1806      /**< int */
#define JX_REVIEW_VERDICT 1807    /**< enum: 优良中差 by the policy's bands (get_int: JX_GRADE_*) */

#define JX_FINDING_CODE 1901         /**< text: the rule code ("JX-IND-006") */
#define JX_FINDING_SEVERITY 1902     /**< enum (get_int: JX_SEVERITY_*) */
#define JX_FINDING_PATH 1903         /**< text: JSON Pointer into the declaration */
#define JX_FINDING_MESSAGE_ZH 1904   /**< text */
#define JX_FINDING_MESSAGE_EN 1905   /**< text */
#define JX_FINDING_DIMENSION 1906    /**< enum (get_int: JX_DIMENSION_*) */
#define JX_FINDING_RULE_SOURCE 1907  /**< text: where the rule comes from */
#define JX_FINDING_INDICATOR 1908    /**< text: the 三级指标 name; absent if not about one */
#define JX_FINDING_RELATED_PATH 1909 /**< text: the other place (a duplicate's first occurrence) */
#define JX_FINDING_SUGGESTION 1910   /**< text: a proposed value; absent when none */
#define JX_FINDING_DATA 1911         /**< text: structured details as a JSON object ("{}") */

#define JX_REVIEW_RULE_CODE 2001      /**< text: "JX-BUD-001" */
#define JX_REVIEW_RULE_SEVERITY 2002  /**< enum: the default severity (get_int: JX_SEVERITY_*) */
#define JX_REVIEW_RULE_DIMENSION 2003 /**< enum (get_int: JX_DIMENSION_*) */
#define JX_REVIEW_RULE_TITLE_ZH 2004  /**< text */
#define JX_REVIEW_RULE_TITLE_EN 2005  /**< text */
#define JX_REVIEW_RULE_SOURCE 2006    /**< text */

/**
 * Reviews a declaration. `policy` may be NULL: the national preset of the declaration's taxonomy
 * ("national-2015" for "2015…", else "national-2021"). *out receives a new report (free it with
 * jx_review_report_free). The declaration's content never makes this fail: every problem is a
 * finding. Errors: JX_E_POLICY (an invalid review policy, with its JSON Pointer),
 * JX_E_INVALID_ARGUMENT, JX_E_WRONG_HANDLE, JX_E_NOMEM. Read-only on the declaration: any number
 * of threads may review the same declaration, with the same policy, at once.
 */
JX_API int jx_review(const jx_declaration *declaration, const jx_policy *policy,
                     jx_review_report **out);
/** Frees a report. NULL is fine. */
JX_API void jx_review_report_free(jx_review_report *report);
/** {"findings": [...], "summary": {...}} in normal form; *out freed with jx_free. */
JX_API int jx_review_report_to_json(const jx_review_report *report, char **out);
/** The report for people (errors first, then a summary line), in JX_LANGUAGE_ZH or _EN; *out
 *  freed with jx_free. */
JX_API int jx_review_report_to_text(const jx_review_report *report, int language, char **out);
/** Rows of JX_REVIEW_ROOT (1) or JX_FINDINGS. */
JX_API int jx_review_report_count(const jx_review_report *report, int collection, size_t *out);
/** A field as text; *text lives as long as the report. */
JX_API int jx_review_report_get_text(const jx_review_report *report, int field, size_t row,
                                     const char **text, size_t *len);
/** Counts, enums (severity, dimension, verdict) as integers. */
JX_API int jx_review_report_get_int(const jx_review_report *report, int field, size_t row,
                                    int64_t *out);
/** *out = number of rules in the catalog. Any thread. */
JX_API int jx_review_rules_count(size_t *out);
/** A field of rule `row` of the catalog (JX_REVIEW_RULE_*): static storage. Any thread. */
JX_API int jx_review_rules_get_text(int field, size_t row, const char **text, size_t *len);
/** Severity and dimension of rule `row` as JX_SEVERITY_* / JX_DIMENSION_*. Any thread. */
JX_API int jx_review_rules_get_int(int field, size_t row, int64_t *out);

/* ---------------------------------------------------------------------------------------------
 * Scoring (绩效自评) — a self-evaluation recomputed by the rules, with traces (docs/scoring.md)
 *
 * jx_score gives an immutable scorecard: the 预算执行率 score, one score per indicator, the total
 * and the grade, each with a trace (rule, variant, inputs and the arithmetic an auditor can redo),
 * findings with the JSON Pointer of the row, and — when the self-evaluation publishes scores —
 * every published score that differs from the rule's (audit mode). A scorecard may be shared by
 * any number of threads; texts read from it live as long as it.
 *
 * Every scored row (budget execution, indicator, budget progress, indicator warning) has the
 * trace fields *_TRACE_RULE, _VARIANT, _ARITHMETIC, _INPUTS (one "name: value" per line) and
 * _NOTES (one per line); jx_scorecard_to_json has them structured.
 * ------------------------------------------------------------------------------------------- */

typedef struct jx_scorecard jx_scorecard;

/** How an indicator was scored (text forms quantitative, qualitative, not_scored). */
#define JX_SCORING_QUANTITATIVE 0
#define JX_SCORING_QUALITATIVE 1
#define JX_SCORING_NOT_SCORED 2

#define JX_SCORECARD_ROOT 21       /**< totals (one row) */
#define JX_BUDGET_EXECUTION_SCORE 22 /**< the 预算执行率 score (one row) */
#define JX_INDICATOR_SCORES 23     /**< one row per indicator, in the self-evaluation's order */
#define JX_SCORE_DIFFERENCES 24    /**< published scores that differ from the rule's */
#define JX_SCORING_FINDINGS 25     /**< problems the rules name, in document order */

#define JX_SCORECARD_POLICY 2101          /**< text */
#define JX_SCORECARD_WEIGHT_TOTAL 2102    /**< decimal: budget execution + indicator weights */
#define JX_SCORECARD_TOTAL 2103           /**< decimal: the total score */
#define JX_SCORECARD_GRADE 2104           /**< enum (get_int: JX_GRADE_*) */
#define JX_SCORECARD_PUBLISHED_TOTAL 2105 /**< decimal; absent when not published */
#define JX_SCORECARD_PUBLISHED_GRADE 2106 /**< enum; absent when not published */
#define JX_SCORECARD_AUDIT 2107           /**< boolean: scores were published and compared */

#define JX_BUDGET_SCORE_PATH 2201            /**< text: "/budget_execution/0" */
#define JX_BUDGET_SCORE_SOURCE 2202          /**< text: the row's label (年度资金总额) */
#define JX_BUDGET_SCORE_ANNUAL_BUDGET 2203   /**< decimal */
#define JX_BUDGET_SCORE_EXECUTED 2204        /**< decimal */
#define JX_BUDGET_SCORE_RATE 2205            /**< decimal: 执行率 as a ratio; absent: no rate */
#define JX_BUDGET_SCORE_WEIGHT 2206          /**< decimal */
#define JX_BUDGET_SCORE_SCORE 2207           /**< decimal */
#define JX_BUDGET_SCORE_PUBLISHED_SCORE 2208 /**< decimal */
#define JX_BUDGET_SCORE_TRACE_RULE 2209
#define JX_BUDGET_SCORE_TRACE_VARIANT 2210
#define JX_BUDGET_SCORE_TRACE_ARITHMETIC 2211
#define JX_BUDGET_SCORE_TRACE_INPUTS 2212
#define JX_BUDGET_SCORE_TRACE_NOTES 2213

#define JX_INDICATOR_SCORE_PATH 2301            /**< text: "/indicators/4" */
#define JX_INDICATOR_SCORE_LEVEL1 2302          /**< text */
#define JX_INDICATOR_SCORE_LEVEL2 2303          /**< text */
#define JX_INDICATOR_SCORE_NAME 2304            /**< text */
#define JX_INDICATOR_SCORE_METHOD 2305          /**< enum (get_int: JX_SCORING_*) */
/** boolean: the target was met; absent when not scored (get_int then gives -1). */
#define JX_INDICATOR_SCORE_MET 2306
#define JX_INDICATOR_SCORE_WEIGHT 2307          /**< decimal */
/** enum: self_evaluation, declaration, template_spread, none (where the weight came from) */
#define JX_INDICATOR_SCORE_WEIGHT_SOURCE 2308
#define JX_INDICATOR_SCORE_SCORE 2309           /**< decimal */
#define JX_INDICATOR_SCORE_PUBLISHED_SCORE 2310 /**< decimal */
#define JX_INDICATOR_SCORE_TRACE_RULE 2311
#define JX_INDICATOR_SCORE_TRACE_VARIANT 2312
#define JX_INDICATOR_SCORE_TRACE_ARITHMETIC 2313
#define JX_INDICATOR_SCORE_TRACE_INPUTS 2314
#define JX_INDICATOR_SCORE_TRACE_NOTES 2315

#define JX_SCORE_DIFFERENCE_PATH 2401      /**< text: the published value's JSON Pointer */
#define JX_SCORE_DIFFERENCE_ITEM 2402      /**< text: what was scored */
#define JX_SCORE_DIFFERENCE_PUBLISHED 2403 /**< text: as published ("1.39", "良") */
#define JX_SCORE_DIFFERENCE_COMPUTED 2404  /**< text: by the rule ("1.08", "中") */
#define JX_SCORE_DIFFERENCE_RULE 2405      /**< text: the rule and variant */

#define JX_SCORING_FINDING_CODE 2501       /**< text: "actual_missing", "weights_total", … */
#define JX_SCORING_FINDING_SEVERITY 2502   /**< enum: error, warning (get_int: JX_SEVERITY_*) */
#define JX_SCORING_FINDING_PATH 2503       /**< text: JSON Pointer into the self-evaluation */
#define JX_SCORING_FINDING_MESSAGE_ZH 2504 /**< text */
#define JX_SCORING_FINDING_MESSAGE_EN 2505 /**< text */

/**
 * Scores a self-evaluation. `policy` may be NULL: the national preset of the self-evaluation's
 * taxonomy (of the declaration's when it names none; "national-2021" when neither does).
 * `declaration` may be NULL; when given it supplies weights and 年度指标值 the self-evaluation
 * leaves out. *out receives a new scorecard (free it with jx_scorecard_free). Nothing in the
 * documents makes this fail: every problem is a finding. Errors: JX_E_POLICY,
 * JX_E_INVALID_ARGUMENT, JX_E_WRONG_HANDLE, JX_E_NOMEM. Read-only on the documents.
 */
JX_API int jx_score(const jx_self_evaluation *evaluation, const jx_policy *policy,
                    const jx_declaration *declaration, jx_scorecard **out);
/** Frees a scorecard. NULL is fine. */
JX_API void jx_scorecard_free(jx_scorecard *scorecard);
/** The "jixiao.scorecard/1" JSON document; *out freed with jx_free. */
JX_API int jx_scorecard_to_json(const jx_scorecard *scorecard, char **out);
/** A readable report, one line per score; *out freed with jx_free. */
JX_API int jx_scorecard_to_text(const jx_scorecard *scorecard, char **out);
/** *out = rows of `collection` (1 for a one-row collection). Any thread. */
JX_API int jx_scorecard_count(const jx_scorecard *scorecard, int collection, size_t *out);
/** A field as text; *text lives as long as the scorecard (NULL when absent). Any thread. */
JX_API int jx_scorecard_get_text(const jx_scorecard *scorecard, int field, size_t row,
                                 const char **text, size_t *len);
/** Integer, boolean and coded enum fields (-1 when absent). Any thread. */
JX_API int jx_scorecard_get_int(const jx_scorecard *scorecard, int field, size_t row,
                                int64_t *out);
/** A decimal field as a new jx_decimal (free it with jx_decimal_free), NULL when absent. */
JX_API int jx_scorecard_get_decimal(const jx_scorecard *scorecard, int field, size_t row,
                                    jx_decimal **out);

/* ---------------------------------------------------------------------------------------------
 * Monitoring (运行监控, 双监控) — a mid-year report coloured by the rules (docs/monitoring.md)
 *
 * jx_monitor gives an immutable result: budget progress per line and for the whole budget, a
 * colour per indicator, the goal's colour, each with a trace, and findings. Shared like a
 * scorecard.
 * ------------------------------------------------------------------------------------------- */

typedef struct jx_monitoring_result jx_monitoring_result;

/** Warning colours (text forms red, yellow, green, blue). */
#define JX_COLOUR_RED 0    /**< 红: seriously behind */
#define JX_COLOUR_YELLOW 1 /**< 黄: behind */
#define JX_COLOUR_GREEN 2  /**< 绿: on track */
#define JX_COLOUR_BLUE 3   /**< 蓝: far ahead (the target may be too low) */

/** How an indicator's colour was found (text forms prorated … not_assessed). */
#define JX_PROGRESS_PRORATED 0
#define JX_PROGRESS_PASS_FAIL 1
#define JX_PROGRESS_QUALITATIVE 2
#define JX_PROGRESS_NOT_ASSESSED 3

#define JX_MONITORING_RESULT_ROOT 26 /**< the result itself (one row) */
/** Budget progress: row 0 is the whole budget, rows 1 … n the report's lines in order. */
#define JX_BUDGET_PROGRESS 27
#define JX_INDICATOR_WARNINGS 28     /**< one row per indicator, in report order */
#define JX_MONITORING_FINDINGS 29    /**< problems, in document order */

#define JX_MONITORING_RESULT_POLICY 2601      /**< text */
#define JX_MONITORING_RESULT_MONTH 2602       /**< int: months 1 … month */
/** enum: the worst colour of the indicators; absent when none was assessed (get_int: -1). */
#define JX_MONITORING_RESULT_GOAL_COLOUR 2603

#define JX_BUDGET_PROGRESS_PATH 2701           /**< text */
#define JX_BUDGET_PROGRESS_NAME 2702           /**< text */
#define JX_BUDGET_PROGRESS_ANNUAL_BUDGET 2703  /**< decimal */
#define JX_BUDGET_PROGRESS_EXECUTED 2704       /**< decimal */
#define JX_BUDGET_PROGRESS_EXECUTION_RATE 2705 /**< decimal: executed / annual budget */
#define JX_BUDGET_PROGRESS_PROGRESS 2706       /**< decimal: v, time-prorated, 2 decimals */
#define JX_BUDGET_PROGRESS_COLOUR 2707         /**< enum; absent when not assessed (get_int: -1) */
#define JX_BUDGET_PROGRESS_TRACE_RULE 2708
#define JX_BUDGET_PROGRESS_TRACE_VARIANT 2709
#define JX_BUDGET_PROGRESS_TRACE_ARITHMETIC 2710
#define JX_BUDGET_PROGRESS_TRACE_INPUTS 2711
#define JX_BUDGET_PROGRESS_TRACE_NOTES 2712

#define JX_INDICATOR_WARNING_PATH 2801       /**< text */
#define JX_INDICATOR_WARNING_LEVEL1 2802     /**< text */
#define JX_INDICATOR_WARNING_LEVEL2 2803     /**< text */
#define JX_INDICATOR_WARNING_NAME 2804       /**< text */
#define JX_INDICATOR_WARNING_METHOD 2805     /**< enum (get_int: JX_PROGRESS_*) */
#define JX_INDICATOR_WARNING_PROGRESS 2806   /**< decimal: v for prorated targets */
#define JX_INDICATOR_WARNING_COLOUR 2807     /**< enum; absent when not assessed (get_int: -1) */
#define JX_INDICATOR_WARNING_LIKELIHOOD 2808 /**< enum: certain, possible, impossible (as stated) */
#define JX_INDICATOR_WARNING_TRACE_RULE 2809
#define JX_INDICATOR_WARNING_TRACE_VARIANT 2810
#define JX_INDICATOR_WARNING_TRACE_ARITHMETIC 2811
#define JX_INDICATOR_WARNING_TRACE_INPUTS 2812
#define JX_INDICATOR_WARNING_TRACE_NOTES 2813

#define JX_MONITORING_FINDING_CODE 2901       /**< text: "progress_missing", … */
#define JX_MONITORING_FINDING_SEVERITY 2902   /**< enum (get_int: JX_SEVERITY_*) */
#define JX_MONITORING_FINDING_PATH 2903       /**< text: JSON Pointer into the report */
#define JX_MONITORING_FINDING_MESSAGE_ZH 2904 /**< text */
#define JX_MONITORING_FINDING_MESSAGE_EN 2905 /**< text */

/**
 * Colours a monitoring report. `policy` may be NULL ("national-2021"). *out receives a new result
 * (free it with jx_monitoring_result_free). Errors: JX_E_INVALID_ARGUMENT (also a month outside
 * 1–12, at json_path "/month"), JX_E_POLICY, JX_E_WRONG_HANDLE, JX_E_NOMEM. Read-only on the
 * report.
 */
JX_API int jx_monitor(const jx_monitoring_report *report, const jx_policy *policy,
                      jx_monitoring_result **out);
/** Frees a result. NULL is fine. */
JX_API void jx_monitoring_result_free(jx_monitoring_result *result);
/** The "jixiao.monitoring-result/1" JSON document; *out freed with jx_free. */
JX_API int jx_monitoring_result_to_json(const jx_monitoring_result *result, char **out);
/** A readable report (no terminal colours); *out freed with jx_free. */
JX_API int jx_monitoring_result_to_text(const jx_monitoring_result *result, char **out);
/** *out = rows of `collection` (1 for a one-row collection). Any thread. */
JX_API int jx_monitoring_result_count(const jx_monitoring_result *result, int collection,
                                      size_t *out);
/** A field as text; *text lives as long as the result (NULL when absent). Any thread. */
JX_API int jx_monitoring_result_get_text(const jx_monitoring_result *result, int field,
                                         size_t row, const char **text, size_t *len);
/** Integer, boolean and coded enum fields (-1 when absent). Any thread. */
JX_API int jx_monitoring_result_get_int(const jx_monitoring_result *result, int field, size_t row,
                                        int64_t *out);
/** A decimal field as a new jx_decimal (free it with jx_decimal_free), NULL when absent. */
JX_API int jx_monitoring_result_get_decimal(const jx_monitoring_result *result, int field,
                                            size_t row, jx_decimal **out);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* JIXIAO_H */
