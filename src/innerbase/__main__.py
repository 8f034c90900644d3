from innerbase.cli import main

main()
