#include "backend/kube/kubelogging.h"

Q_LOGGING_CATEGORY(lcKube, "shipdeck.kube", QtInfoMsg)
