#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The issue-3 reference: a plain pandas script reading the benchmark's activity CSV and computing
the year's totals in memory, to compare `cnms import activity` + `cnms inventory` with.

    scripts/bench-pandas.py FILE.csv        (prints tCO2e per source type and the total)

It does the work a data analyst's script would: read every row, look each activity up in the
shipped factor files (resources/factors), apply a row's own NCV or factor value when it has one,
and sum tCO2e per source type (GWP AR5, as the workbench's default). It validates nothing, stores
nothing and keeps no audit trail, so it is a lower bound for the workbench's work, not the same
work. Needs python3-pandas (scripts/deps.sh installs it for this benchmark only).
"""
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
FACTORS = ROOT / "resources" / "factors"


def factor_table():
    """tCO2e per activity unit for every activity key of the benchmark's file."""
    fuels = pd.read_csv(FACTORS / "fuels_cn.csv").set_index("fuel_id")
    grid = pd.read_csv(FACTORS / "grid_factors_cn.csv").set_index("factor_id")
    gwp = pd.read_csv(FACTORS / "gwp.csv")
    gwp = gwp[gwp.assessment_report == "AR5"].set_index("gas")["gwp100"]
    rows = []
    for fuel in fuels.index:
        f = fuels.loc[fuel]
        # NCV (GJ/unit) x carbon content (tC/TJ) / 1000 x oxidation x 44/12; the NCV is kept apart
        # so a row's own NCV can replace it.
        rows.append(("fuel_combustion", fuel, f.ncv, f.carbon_content / 1000 * f.oxidation_rate / 100 * 44 / 12))
    for fid in grid.index:
        g = grid.loc[fid]
        kind = "purchased_heat" if str(g.unit).endswith("/GJ") else "purchased_electricity"
        rows.append((kind, fid, 1.0, float(g.value)))
    for gas, value in gwp.items():
        rows.append(("fugitive", gas, 1.0, float(value) / 1000))  # kg of gas -> tCO2e
    rows.append(("co2_recovered", "captured CO2", 1.0, -1.0))
    t = pd.DataFrame(rows, columns=["source_type", "activity", "default_ncv", "per_energy"])
    return t.drop_duplicates(["source_type", "activity"])


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: bench-pandas.py FILE.csv")
    df = pd.read_csv(sys.argv[1], dtype={"record_id": str, "site": "category", "source_type": "category",
                                         "activity": "category", "unit": "category", "note": str,
                                         "evidence": str, "data_quality": "category"})
    df = df.merge(factor_table(), how="left", on=["source_type", "activity"])
    # kWh of electricity are thousandths of the factor's MWh.
    scale = df["unit"].astype(str).eq("kWh").map({True: 0.001, False: 1.0})
    ncv = df["ncv"].fillna(df["default_ncv"])
    t = df["quantity"] * scale * ncv * df["per_energy"]
    own = df["factor_value"].notna()  # a row's own factor (tCO2/t, tCO2e/tkm) replaces the library's
    t[own] = df.loc[own, "quantity"] * df.loc[own, "factor_value"]
    df["tco2e"] = t
    totals = df.groupby("source_type", observed=True)["tco2e"].sum()
    for kind, value in totals.items():
        print(f"{kind:24} {value:18.3f}")
    print(f"{'total':24} {totals.sum():18.3f}")
    unmatched = int(df["tco2e"].isna().sum())
    if unmatched:
        print(f"{unmatched} rows without a factor", file=sys.stderr)


if __name__ == "__main__":
    main()
