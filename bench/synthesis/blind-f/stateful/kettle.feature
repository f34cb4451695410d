Feature: Electric kettle

  Scenario: filling the kettle
    Given an empty kettle
    When 1.00 litres of water are poured in
    Then the kettle holds 1.00 litres
    And the kettle is boiling: no

  Scenario: boiling water
    Given an empty kettle
    When 1.00 litres of water are poured in
    And the kettle is switched on
    Then the kettle is boiling: yes

  Scenario: too little water
    Given an empty kettle
    When the kettle is switched on
    Then the switch is refused with "not enough water"
    And the kettle is boiling: no
    When 0.20 litres of water are poured in
    And the kettle is switched on
    Then the switch is refused with "not enough water"
    When 0.05 litres of water are poured in
    And the kettle is switched on
    Then the kettle is boiling: yes

  Scenario: too much water
    Given an empty kettle
    When 1.50 litres of water are poured in
    And 0.30 litres of water are poured in
    Then the pouring is refused with "kettle would overflow"
    And the kettle holds 1.50 litres
    When 0.20 litres of water are poured in
    Then the kettle holds 1.70 litres

  Scenario: pouring cups
    Given an empty kettle
    When 0.80 litres of water are poured in
    And a cup of 0.30 litres is poured
    Then the kettle holds 0.50 litres
    When a cup of 0.30 litres is poured
    Then the kettle holds 0.20 litres
    When the kettle is switched on
    Then the switch is refused with "not enough water"
