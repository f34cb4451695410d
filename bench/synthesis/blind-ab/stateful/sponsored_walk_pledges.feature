Feature: Sponsored walk
  Sponsors pledge an amount for every mile a walker covers. A walker raises their miles times
  the sum of their pledges, counting miles walked before a pledge too. A sponsor pledges only
  once to each walker.

  Scenario: one sponsor
    Given Tom and Ella are walking
    When Priya pledges 2.00 a mile to Tom
    And Tom walks 5 miles
    Then Tom has raised 10.00
    And Ella has raised 0.00

  Scenario: two sponsors for one walker
    Given Tom and Ella are walking
    When Priya pledges 1.50 a mile to Ella
    And Dev pledges 0.50 a mile to Ella
    And Ella walks 8 miles
    Then Ella has raised 16.00
    And the walk has raised 16.00 in all

  Scenario: a second pledge from the same sponsor
    Given Tom and Ella are walking
    When Priya pledges 2.00 a mile to Tom
    And Priya pledges 3.00 a mile to Tom
    Then the organiser says "Priya already sponsors Tom"
    When Tom walks 4 miles
    Then Tom has raised 8.00

  Scenario: miles walked in stages
    Given Tom and Ella are walking
    When Dev pledges 1.00 a mile to Sam
    Then the organiser says "Sam is not walking"
    When Dev pledges 1.00 a mile to Ella
    And Ella walks 3 miles
    And Ella walks 2 miles
    Then Ella has raised 5.00

  Scenario: a late pledge
    Given Tom and Ella are walking
    When Tom walks 6 miles
    And Priya pledges 2.50 a mile to Tom
    And Tom walks 4 miles
    Then Tom has raised 25.00
