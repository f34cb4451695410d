# template: calculation — a number computed from numbers, with the boundary where the formula changes
# specloop's offline generator writes it: `specloop run` synthesises both formulas and turns it green.
# Rename the steps and columns to your domain; keep rows at and around every boundary, and the refusal.
Feature: {{name}}
  Parcels up to 2 kg cost a flat 4.50; every kilogram above that adds 1.25. A parcel must
  weigh something to be priced.

  Background:
    Given the shipping rates of the shop

  Rule: the cost grows with the weight above 2 kg

    Scenario Outline: cost by weight
      Given a parcel weighing <weight> kg
      When the shipping cost is calculated
      Then the cost is <cost>

      Examples: at and around the 2 kg boundary
        | weight | cost  |
        | 0.5    | 4.5   |
        | 2      | 4.5   |
        | 2.5    | 5.125 |
        | 3      | 5.75  |
        | 10     | 14.5  |

  Rule: a parcel must weigh something

    Scenario Outline: a parcel is weighed in before it is priced
      Given a parcel weighing <weight> kg
      When the parcel is weighed in
      Then the parcel is <verdict>

      Examples: at the boundary
        | weight | verdict  |
        | -1     | refused  |
        | 0.1    | accepted |
        | 10     | accepted |

    Scenario: a parcel without weight is refused
      Given a parcel weighing 0 kg
      When the parcel is weighed in
      Then the parcel is refused
