Feature: Electric kettle

  Scenario: almost enough, then full
    Given an empty kettle
    When 0.24 litres of water are poured in
    And the kettle is switched on
    Then the switch is refused with "not enough water"
    When 1.47 litres of water are poured in
    Then the pouring is refused with "kettle would overflow"
    And the kettle holds 0.24 litres
    When 1.46 litres of water are poured in
    Then the kettle holds 1.70 litres
    When the kettle is switched on
    Then the kettle is boiling: yes

  Scenario: two cups then boil
    Given an empty kettle
    When 1.00 litres of water are poured in
    And a cup of 0.25 litres is poured
    And a cup of 0.25 litres is poured
    Then the kettle holds 0.50 litres
    When the kettle is switched on
    Then the kettle is boiling: yes
