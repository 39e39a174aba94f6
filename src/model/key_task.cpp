#include "jixiao/key_task.hpp"

namespace jixiao {

Decimal total_planned_funding(const std::vector<KeyTask>& tasks) {
  Decimal total;
  for (const KeyTask& task : tasks) {
    if (task.planned_funding) total += *task.planned_funding;
  }
  return total;
}

}  // namespace jixiao
