"""The Dask engine for ``marsad ingest --engine dask``: the same partitions, the same task, other processes
and other machines.

``DaskEngine(spec, workers=N)`` starts a ``distributed.LocalCluster`` of N single-threaded worker processes;
``scheduler="tcp://HOST:8786"`` joins an existing cluster instead (``dask scheduler`` / ``dask worker`` on
each machine, or dask-kubernetes / dask-jobqueue; see docs/scale.md). Each worker builds its heavy resources
once (the spaCy pipeline, the gazetteer, the actor registry: ``local.resources_for``), when it joins, through a
worker plugin. A task is ``local.process_partition(items, spec)``: raw items in, plain records out (clean
documents, MinHash bytes, extractions, rejections), never ``nlp`` or ``Doc`` objects. The driver's single
writer stores them in input order, so the store ends up with the rows the local engine writes.

A worker that dies takes its task with it; Dask runs the task again on another worker (``allowed-failures``),
and a partition that still fails is run again item by item by ``local.ordered_results``, so only a document
that kills its worker is lost, and it becomes a ``worker_died`` rejection.
"""
from __future__ import annotations

import logging
import threading

import dask
from distributed import Client, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

from ..errors import EngineError
from .local import WorkerSpec, process_partition, resources_for


# Settings of the cluster marsad starts (its scheduler and nannies run in the driver's process, its workers in
# their own). Workers of an existing cluster (``--scheduler``) take them from their own configuration: start
# them with DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False (docs/scale.md).
# - no statistical profiler in the workers: its call trees grow with every task (a worker's memory climbed ~60
#   dicts per report) and it samples every 10 ms;
# - Dask's own monitoring polls less often: the event-loop tick (every 20 ms by default, only to warn of a
#   blocked loop), the system monitor (500 ms: psutil's CPU, memory and network figures for the dashboard,
#   which this cluster does not start) and the memory monitor (100 ms: a worker over its memory limit is
#   paused or restarted within half a second instead). Together they cost the driver ~5% of a core and each
#   worker ~2% while the cluster ran, work that took the workers' cores on a machine with no core to spare;
#   now ~1% and ~0.3%.
WORKER_CONFIG = {"distributed.worker.profile.enabled": False,
                 "distributed.admin.tick.interval": "1s",
                 "distributed.admin.system-monitor.interval": "2s",
                 "distributed.worker.memory.monitor-interval": "500ms"}


class _Warm(WorkerPlugin):
    """A worker plugin that builds the worker's resources when it starts (so the first task does not wait)."""

    name = "marsad-resources"

    def __init__(self, spec: WorkerSpec):
        self.spec = spec

    def setup(self, worker) -> None:
        resources_for(self.spec)

    def teardown(self, worker) -> None:
        pass


class DaskEngine:
    name = "dask"

    def __init__(self, spec: WorkerSpec, workers: int = 1, scheduler: str | None = None, *,
                 connect_timeout: float = 30.0):
        self.spec = spec
        self._cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout=connect_timeout)
            else:
                with dask.config.set(WORKER_CONFIG):   # read by the scheduler, the nannies and the workers
                    self._cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                                 dashboard_address=None, silence_logs=logging.ERROR)
                    self.client = Client(self._cluster)
        except (OSError, RuntimeError) as e:   # an unreachable scheduler; a LocalCluster that fails to start
            self.close()
            where = f"the Dask scheduler {scheduler}" if scheduler else f"a Dask LocalCluster of {workers} workers"
            raise EngineError(f"cannot reach {where}: {e}") from None
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)
        # The workers build their resources (spaCy, the gazetteer: seconds) while the driver gets on with its
        # own start-up and sends the first partitions; a task that arrives first builds them itself
        # (``local.resources_for`` builds once per process). A failed registration fails the next submit.
        self._warm_error: BaseException | None = None
        self._warming = threading.Thread(target=self._register_warm, name="marsad-warm", daemon=True)
        self._warming.start()

    def _register_warm(self) -> None:
        try:
            self.client.register_plugin(_Warm(self.spec), name=_Warm.name)
        except BaseException as e:   # handed to the driver by submit(), never lost in this thread
            self._warm_error = e

    def submit(self, items: list):
        if self._warm_error is not None:
            raise EngineError(f"the Dask workers could not build their resources: {self._warm_error}")
        return self.client.submit(process_partition, items, self.spec, pure=False)

    def worker_pids(self) -> list[int]:
        """The worker processes' ids (bench/scale.py reads their peak memory)."""
        import os
        return sorted(self.client.run(os.getpid).values())

    def close(self) -> None:
        warming = getattr(self, "_warming", None)
        if warming is not None:
            warming.join(timeout=60)
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
            self.client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
