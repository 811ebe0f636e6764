export N=${N:-8} SWEEP=${SWEEP:-$HOME/district/sweeps/district.json}
export OUT=${OUT:-/shared/scratch/$USER/district-sweep}
mkdir -p logs
array=$(sbatch --parsable --array=1-"$N" sweep-shard.sbatch)
merge=$(sbatch --parsable --dependency=afterok:"$array" sweep-merge.sbatch)
echo "shards: job $array (tasks 1-$N); merge: job $merge, after every shard succeeds"
